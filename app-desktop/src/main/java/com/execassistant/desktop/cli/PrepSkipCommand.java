package com.execassistant.desktop.cli;

import com.execassistant.core.monitor.MeetingRecord;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code prep skip}. */
@Command(
        name = "skip",
        description = "Do not prep a meeting, or with --series, any meeting of its series.")
final class PrepSkipCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MEETING")
    String meeting;

    @Option(names = "--series", description = "Skip every occurrence of the recurring series.")
    boolean series;

    @ParentCommand PrepCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (PrepSession s = PrepSession.open(parent.root)) {
            MeetingRecord m =
                    MeetingRef.resolve(s.local.meetings(), meeting, s.local.clock().instant());
            String target = series && m.event().seriesId() != null ? m.event().seriesId() : m.id();
            new com.execassistant.desktop.store.SkipRepository(s.local.database()).skip(target);
            s.prep.runs().forMeeting(m.id()).stream()
                    .filter(r -> !r.status().finished())
                    .forEach(s.prep.coordinator()::skip);
            spec.commandLine()
                    .getOut()
                    .println(
                            "Skipped "
                                    + (series && m.event().seriesId() != null
                                            ? "the series of "
                                            : "")
                                    + m.event().title()
                                    + ".");
        }
        return 0;
    }
}
