package com.execassistant.desktop.cli;

import com.execassistant.core.calendar.SkippedEvent;
import com.execassistant.core.monitor.SyncRun;
import com.execassistant.desktop.workspace.LocalRuntime;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sync}: one monitor run now, or one every interval until stopped. */
@Command(
        name = "sync",
        description = "Sync every active account now (and keep syncing unless --once).")
final class SyncCommand implements Callable<Integer> {

    @Option(names = "--once", description = "Run once and exit.")
    boolean once;

    @ParentCommand ExecAssistantCommand root;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        try (LocalRuntime rt = Wiring.open(root)) {
            if (rt.accounts().all().isEmpty()) {
                out.println(
                        "No calendar account yet. Add one with 'accounts add ics SOURCE' or"
                                + " 'accounts add google ...'.");
                return 0;
            }
            Duration every = rt.config().calendar().sync().interval();
            while (true) {
                SyncRun run = rt.monitor().runOnce(rt.accounts().all());
                print(out, run);
                if (once) {
                    return run.errors().isEmpty() ? 0 : 1;
                }
                out.printf("Next sync in %s. Press Ctrl+C to stop.%n", human(every));
                out.flush();
                Thread.sleep(every.toMillis());
            }
        }
    }

    static void print(PrintWriter out, SyncRun run) {
        out.printf(
                "Synced %d account(s) in %d ms: %d fetched, %d new, %d updated, %d cancelled,"
                        + " %d API call(s), %d error(s).%n",
                run.accounts(),
                run.duration().toMillis(),
                run.fetched(),
                run.created(),
                run.updated(),
                run.cancelled(),
                run.apiCalls(),
                run.errors().size());
        run.errors().forEach(e -> out.println("  error: " + e));
        for (SkippedEvent s : run.skipped()) {
            out.println("  skipped " + s);
        }
        out.flush();
    }

    private static String human(Duration d) {
        return d.toMinutes() % 60 == 0 ? d.toHours() + " h" : d.toMinutes() + " min";
    }
}
