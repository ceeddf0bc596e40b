package com.execassistant.desktop.cli;

import com.execassistant.core.monitor.SyncRun;
import com.execassistant.desktop.prep.SlackInbound;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code run}: the headless engine for a home server: calendar sync on its schedule, every prep
 * workflow, and Slack's buttons and replies over Socket Mode, until stopped.
 */
@Command(
        name = "run",
        description = "Run the engine without the app: sync, prep workflows, Slack (Ctrl+C stops).")
final class RunCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand ExecAssistantCommand root;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (PrepSession s = PrepSession.open(root)) {
            SlackInbound listener = SlackInbound.startIfConfigured(s.slack, s.prep);
            if (listener != null) {
                out.println("Listening to Slack (Socket Mode).");
            }
            Duration every = s.local.config().calendar().sync().interval();
            timer.scheduleWithFixedDelay(
                    () -> syncOnce(s, out), 0, every.toMinutes(), TimeUnit.MINUTES);
            timer.scheduleWithFixedDelay(
                    () -> s.prep.materials().removeOlderThan(s.wiring.retention()),
                    1,
                    24 * 60,
                    TimeUnit.MINUTES);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            out.printf(
                    "Running on %s; syncing every %d min. Press Ctrl+C to stop.%n",
                    s.local.workspace().root(), every.toMinutes());
            out.flush();
            stopped.await();
            if (listener != null) {
                listener.close();
            }
        } finally {
            timer.shutdownNow();
        }
        return 0;
    }

    private static void syncOnce(PrepSession s, PrintWriter out) {
        try {
            record Synced(SyncRun run, int applied) {}
            Synced done =
                    s.local.writingCalendar(
                            () -> {
                                SyncRun r = s.local.monitor().runOnce(s.local.accounts().all());
                                return new Synced(r, s.prep.applyEvents());
                            });
            SyncRun run = done.run();
            int applied = done.applied();
            SyncCommand.print(out, run);
            if (applied > 0) {
                out.printf("  %d calendar change(s) handed to the prep workflow.%n", applied);
            }
            out.flush();
        } catch (RuntimeException e) {
            out.println("error: sync failed: " + Failures.sentence(e));
            out.flush();
        }
    }
}
