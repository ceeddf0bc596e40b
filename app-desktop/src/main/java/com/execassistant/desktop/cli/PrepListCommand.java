package com.execassistant.desktop.cli;

import com.execassistant.core.prep.PrepRun;
import com.execassistant.desktop.prep.PrepFigures;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code prep list}. */
@Command(name = "list", description = "Recent prep runs and the workflow's figures.")
final class PrepListCommand implements Callable<Integer> {
    @Option(names = "--limit", defaultValue = "20")
    int limit;

    @ParentCommand PrepCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (PrepSession s = PrepSession.open(parent.root)) {
            ZoneId zone = s.wiring.zone();
            List<PrepRun> runs = s.prep.runs().recent(limit);
            for (PrepRun r : runs) {
                String title =
                        s.local
                                .meetings()
                                .find(r.meetingId())
                                .map(m -> m.event().title())
                                .orElse("?");
                out.printf(
                        "%-40s %-22s %-16s %s%n",
                        r.runId(),
                        title.length() > 22 ? title.substring(0, 21) + "…" : title,
                        r.meetingType(),
                        PrepCommand.state(r, zone));
            }
            if (runs.isEmpty()) {
                out.println(
                        "No prep runs yet. Sync a calendar ('sync --once'); runs start at each meeting's prep time.");
            }
            out.println(PrepFigures.of(s.prep.runs().recent(10_000), s.prep.chat()).describe());
        }
        out.flush();
        return 0;
    }
}
