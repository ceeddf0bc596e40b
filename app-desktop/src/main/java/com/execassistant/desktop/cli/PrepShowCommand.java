package com.execassistant.desktop.cli;

import com.execassistant.core.context.ContextBundle;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.notify.NotificationRecord;
import com.execassistant.core.prep.ContextJson;
import com.execassistant.core.prep.PrepRun;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code prep show}. */
@Command(
        name = "show",
        description = "A meeting's prep: state, context, gaps, materials, notifications.")
final class PrepShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MEETING")
    String meeting;

    @ParentCommand PrepCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (PrepSession s = PrepSession.open(parent.root)) {
            ZoneId zone = s.wiring.zone();
            MeetingRecord m =
                    MeetingRef.resolve(s.local.meetings(), meeting, s.local.clock().instant());
            out.println(
                    m.event().title()
                            + "  "
                            + m.event().start().withZoneSameInstant(zone).toLocalDateTime()
                            + "  ["
                            + m.type()
                            + "]");
            out.println("  " + m.rule());
            List<PrepRun> runs = s.prep.runs().forMeeting(m.id());
            if (runs.isEmpty()) {
                out.println("  No prep run yet.");
            }
            for (PrepRun r : runs) {
                out.println("Run " + r.runId() + ": " + PrepCommand.state(r, zone));
                ContextBundle c = ContextJson.read(r.contextJson());
                c.sections()
                        .forEach(
                                sec ->
                                        out.println(
                                                "  " + sec.kind().title() + ": " + sec.summary()));
                c.gaps()
                        .forEach(
                                g ->
                                        out.println(
                                                "  "
                                                        + g.kind().title()
                                                        + ": not available - "
                                                        + g.reason()));
                s.prep.chat()
                        .find(r.runId())
                        .ifPresent(
                                ch ->
                                        out.println(
                                                "  Q&A: "
                                                        + ch.state().name().toLowerCase(Locale.ROOT)
                                                        + ", "
                                                        + ch.answers().stream()
                                                                .filter(a -> a.isAnswered())
                                                                .count()
                                                        + " of "
                                                        + ch.questions().size()
                                                        + " answered"));
                if (r.materialsLocation() != null) {
                    out.println(
                            "  Materials ("
                                    + r.materialsWriter()
                                    + ", "
                                    + r.materialsMillis()
                                    + " ms): "
                                    + r.materialsLocation());
                }
                for (NotificationRecord n : s.prep.notifications().forRun(r.runId())) {
                    out.println(
                            "  "
                                    + n.at().atZone(zone).toLocalDateTime().withNano(0)
                                    + " "
                                    + n.purpose()
                                    + " via "
                                    + n.channel()
                                    + ": "
                                    + n.outcome()
                                    + (n.error() == null ? "" : " (" + n.error() + ")"));
                }
            }
        }
        out.flush();
        return 0;
    }
}
