package com.execassistant.desktop.cli;

import com.execassistant.desktop.ui.app.DesktopLauncher;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: global options and the subcommands. */
@Command(
        name = "exec-assistant",
        mixinStandardHelpOptions = true,
        version = "Exec Assistant 0.1.0",
        description = "Prepares you for your meetings before you walk in.",
        subcommands = {
            CalendarCommand.class,
            ClassifyCommand.class,
            AccountsCommand.class,
            SyncCommand.class,
            MeetingsCommand.class,
            RunsCommand.class,
            PrepCommand.class,
            RunCommand.class,
            SecretsCommand.class,
            BenchCommand.class
        })
public final class ExecAssistantCommand implements Runnable {

    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description = "Data folder (default: the OS's per-user application data folder).")
    Path workspace;

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "Show technical detail (stack traces) when something fails.")
    boolean debug;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    InputStream stdin = System.in;

    @Override
    public void run() {
        // One app per workspace: a second launch brings the first one's window forward instead.
        if (DesktopLauncher.bringRunningForward(workspace)) {
            spec.commandLine().getOut().println(DesktopLauncher.ALREADY_OPEN);
            return;
        }
        // Without a subcommand the desktop app opens. Where no window can open (a server, SSH
        // without X forwarding, CI) say so and show what the CLI can do: exit 0, nothing failed.
        if (!DesktopLauncher.canOpenWindow()) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(
                    "No display here, so the desktop app cannot open; the commands below work"
                            + " without one.");
            spec.commandLine().usage(out);
            return;
        }
        DesktopLauncher.launch(workspace, new com.execassistant.desktop.ui.app.DemoFirstRun());
    }

    /** Runs the CLI and returns the exit code: 0 ok, 1 failure, 2 bad arguments. */
    public static int run(String[] args, PrintStream out, PrintStream err, InputStream in) {
        ExecAssistantCommand root = new ExecAssistantCommand();
        root.stdin = in;
        CommandLine cl = new CommandLine(root);
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setExecutionExceptionHandler(new Failures(root));
        return cl.execute(args);
    }

    /** The workspace the user chose, or the default. */
    public Path workspace() {
        return workspace;
    }

    public boolean debug() {
        return debug;
    }
}
