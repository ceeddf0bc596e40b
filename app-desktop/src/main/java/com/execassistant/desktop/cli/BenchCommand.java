package com.execassistant.desktop.cli;

import com.execassistant.core.config.MeetingTypes;
import com.execassistant.desktop.bench.ClassifierBench;
import com.execassistant.desktop.bench.SyncBench;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bench}: prints the performance figures the README records. */
@Command(
        name = "bench",
        subcommands = {BenchPrepCommand.class, BenchStartupCommand.class},
        description =
                "Measure classifier throughput and sync speed (loopback fakes, temporary store).")
final class BenchCommand implements Callable<Integer> {

    @Option(
            names = "--events",
            defaultValue = "10000",
            description = "Events in the full sync (default ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--page-size", defaultValue = "250")
    int pageSize;

    @ParentCommand ExecAssistantCommand root;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        MeetingTypes types = Wiring.readConfig(root).meetingTypes();
        out.println("Classifier (single thread, 5 rounds of 1 s after warm-up)...");
        out.flush();
        ClassifierBench.Result c = ClassifierBench.run(types, Duration.ofSeconds(1), 5);
        out.printf(
                "  classifier: %,.0f meetings/s median, %,.0f best%n",
                c.medianPerSecond(), c.bestPerSecond());
        out.flush();
        out.printf(
                "Sync of %,d events in pages of %d from a loopback Google fake into a fresh H2 store...%n",
                events, pageSize);
        out.flush();
        // warm-up: JIT and class loading
        SyncBench.run(types, Math.min(events, 1000), pageSize, List.of("primary"));
        SyncBench.Result s = SyncBench.run(types, events, pageSize, List.of("primary"));
        out.printf(
                "  full sync: %.2f s, %,.0f events/s, %d API calls, %,d meetings stored%n",
                s.full().toNanos() / 1e9, s.eventsPerSecond(), s.fullApiCalls(), s.stored());
        out.printf(
                "  incremental sync, no changes, 1 chosen calendar: %d API call(s), %d ms (median of 7)%n",
                s.incrementalApiCalls(), s.incremental().toMillis());
        SyncBench.Result auto = SyncBench.run(types, Math.min(events, 1000), pageSize, List.of());
        out.printf(
                "  incremental sync, no changes, calendars from Google's selection: %d API call(s), %d ms%n",
                auto.incrementalApiCalls(), auto.incremental().toMillis());
        out.flush();
        return 0;
    }
}
