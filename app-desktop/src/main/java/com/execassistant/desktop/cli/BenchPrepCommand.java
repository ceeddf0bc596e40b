package com.execassistant.desktop.cli;

import com.execassistant.core.config.Configuration;
import com.execassistant.desktop.bench.PrepAudit;
import com.execassistant.desktop.bench.PrepBench;
import com.execassistant.desktop.bench.Spread;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench prep}: the prep workflow's figures for many meetings due at once. */
@Command(
        name = "prep",
        description =
                "Measure the prep workflow: many meetings due at once, the embedded engine on a"
                        + " temporary store, Slack on loopback, the template writer.")
public final class BenchPrepCommand implements Callable<Integer> {

    private static final Duration NOTIFICATION_TARGET = Duration.ofMillis(200);
    private static final Duration MATERIALS_TARGET = Duration.ofMillis(50);
    private static final Duration COMPLETION_TARGET = Duration.ofSeconds(1);

    @Option(
            names = "--meetings",
            defaultValue = "1000",
            description = "Meetings due at once (default ${DEFAULT-VALUE}).")
    int meetings;

    @Option(
            names = "--threads",
            defaultValue = "4",
            description = "Engine threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(
            names = "--context",
            defaultValue = "config/sample-context",
            description = "Context data files to gather from (default ${DEFAULT-VALUE}).")
    Path context;

    @Option(
            names = "--warm-up",
            defaultValue = "200",
            description = "Meetings in a first, unreported round (default ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(
            names = "--lead",
            description =
                    "Seconds between the start and the due instant, room for storing the meetings"
                            + " (default: 5 plus 20 ms per meeting).")
    Integer leadSeconds;

    @Option(
            names = "--timeout",
            defaultValue = "300",
            description =
                    "Seconds to wait for every run before checking (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (meetings < 1 || threads < 1 || warmUp < 0 || timeoutSeconds < 1) {
            throw UserError.badInput(
                    "--meetings, --threads and --timeout must be at least 1, --warm-up at least 0.");
        }
        PrintWriter out = spec.commandLine().getOut();
        Configuration config = config();
        Path folder = Files.isDirectory(context) ? context : null;
        if (folder == null) {
            out.printf("No context folder at %s: runs gather no context.%n", context);
        }
        if (warmUp > 0) {
            out.printf("Warm-up round, not reported: %,d meetings...%n", warmUp);
            out.flush();
            PrepBench.run(config, options(warmUp, folder));
        }
        out.printf(
                "Meetings due at once: %,d; %d engine threads, Slack on loopback, template writer...%n",
                meetings, threads);
        out.flush();
        PrepBench.Result r = PrepBench.run(config, options(meetings, folder));
        print(out, r);
        out.flush();
        return r.audit().clean() ? 0 : 1;
    }

    private PrepBench.Options options(int count, Path folder) {
        PrepBench.Options o =
                PrepBench.Options.of(count, folder)
                        .withThreads(threads)
                        .withTimeout(Duration.ofSeconds(timeoutSeconds));
        return leadSeconds == null ? o : o.withLead(Duration.ofSeconds(leadSeconds));
    }

    private Configuration config() {
        Object root = spec.root().userObject();
        return Wiring.readConfig((ExecAssistantCommand) root);
    }

    static void print(PrintWriter out, PrepBench.Result r) {
        line(out, "event -> notification", r.eventToNotification(), NOTIFICATION_TARGET);
        line(out, "template materials", r.materials(), MATERIALS_TARGET);
        line(out, "completion excluding chat", r.completionExcludingChat(), COMPLETION_TARGET);
        out.printf(
                "  materials delivered for %,d runs within %.2f s of the due time (%,.0f runs/s)%n",
                r.completionExcludingChat().count(),
                r.wall().toNanos() / 1e9,
                r.completionExcludingChat().count() / Math.max(1e-9, r.wall().toNanos() / 1e9));
        out.printf(
                "  CPU used by this process meanwhile: %.1f s (%.1f ms per run); machine load"
                        + " average before: %.1f%n",
                r.cpu().toNanos() / 1e9,
                r.cpu().toNanos() / 1e6 / Math.max(1, r.completionExcludingChat().count()),
                r.loadAverage());
        PrepAudit a = r.audit();
        out.printf(
                "  check: %,d meetings, %,d runs, %,d complete, %d lost, %d duplicated,"
                        + " %d failed attempts: %s%n",
                a.meetings(),
                a.runs(),
                a.completed(),
                a.lost(),
                a.duplicated(),
                a.failedAttempts(),
                a.clean() ? "OK" : "NOT OK");
        a.problems().forEach(p -> out.println("    " + p));
    }

    private static void line(PrintWriter out, String what, Spread s, Duration target) {
        out.printf(
                "  %-26s %s  (target p95 <= %s: %s)%n",
                what + ":",
                s.describe(),
                target.toMillis() + " ms",
                s.p95().compareTo(target) <= 0 ? "met" : "MISSED");
    }
}
