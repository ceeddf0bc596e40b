package com.execassistant.desktop.cli;

import com.execassistant.core.chat.ChatReply;
import com.execassistant.core.chat.ChatService;
import com.execassistant.core.chat.ChatSession;
import com.execassistant.core.context.ContextBundle;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.notify.NotificationRecord;
import com.execassistant.core.prep.ContextJson;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepStep;
import com.execassistant.desktop.prep.PrepFigures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code prep}: the prep workflow from the terminal. */
@Command(
        name = "prep",
        description = "Meeting preparation: list, start, answer, inspect, retry, skip.",
        subcommands = {
            PrepCommand.ListRuns.class,
            PrepCommand.Start.class,
            PrepCommand.Chat.class,
            PrepCommand.Show.class,
            PrepCommand.Retry.class,
            PrepCommand.Skip.class
        })
final class PrepCommand {

    @ParentCommand ExecAssistantCommand root;

    /** Waits (bounded) while the engine works on a run in this process. */
    static PrepRun await(PrepSession s, String runId, Predicate<PrepRun> done, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        PrepRun r = s.prep.runs().find(runId).orElseThrow();
        while (!done.test(r) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            r = s.prep.runs().find(runId).orElseThrow();
        }
        return r;
    }

    static String state(PrepRun r, ZoneId zone) {
        String s = r.status().name().toLowerCase(Locale.ROOT);
        return switch (r.status()) {
            case SCHEDULED ->
                    "scheduled for "
                            + (r.wakeAt() == null
                                    ? "?"
                                    : r.wakeAt().atZone(zone).toLocalDateTime().withNano(0));
            case ACTIVE ->
                    r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION
                            ? "waiting for your answers"
                            : r.step() == PrepStep.WAIT_UNTIL_REMINDER
                                    ? "ready"
                                    : "in progress ("
                                            + r.step().name().toLowerCase(Locale.ROOT)
                                            + ")";
            case RETRYING -> "retrying: " + trim(r.lastError());
            case FAILED -> "failed: " + trim(r.lastError());
            default -> s;
        };
    }

    private static String trim(String sentence) {
        return sentence == null ? "" : sentence.replaceAll("\\.+$", "");
    }

    @Command(name = "list", description = "Recent prep runs and the workflow's figures.")
    static final class ListRuns implements Callable<Integer> {
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
                            state(r, zone));
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

    @Command(name = "start", description = "Prep a meeting now, whatever its prep time.")
    static final class Start implements Callable<Integer> {
        @Parameters(
                paramLabel = "MEETING",
                description = "An id (or its start) or words of the title.")
        String meeting;

        @ParentCommand PrepCommand parent;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            try (PrepSession s = PrepSession.open(parent.root)) {
                MeetingRecord m =
                        MeetingRef.resolve(s.local.meetings(), meeting, s.local.clock().instant());
                PrepRun run = s.prep.coordinator().startNow(m.id());
                out.println("Preparing " + m.event().title() + "...");
                out.flush();
                PrepRun r =
                        await(
                                s,
                                run.runId(),
                                x ->
                                        x.status().finished()
                                                || x.step()
                                                                .compareTo(
                                                                        PrepStep
                                                                                .WAIT_FOR_CHAT_COMPLETION)
                                                        >= 0,
                                Duration.ofSeconds(60));
                out.println("Now " + state(r, s.wiring.zone()) + ".");
                if (r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION) {
                    out.println(
                            "Answer the prep questions with: prep chat " + m.id().substring(0, 8));
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "chat",
            description =
                    "Answer a meeting's prep questions here ('skip' skips one, 'done' finishes early).")
    static final class Chat implements Callable<Integer> {
        @Parameters(paramLabel = "MEETING")
        String meeting;

        @ParentCommand PrepCommand parent;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (PrepSession s = PrepSession.open(parent.root)) {
                MeetingRecord m =
                        MeetingRef.resolve(s.local.meetings(), meeting, s.local.clock().instant());
                PrepRun run =
                        s.prep.runs().forMeeting(m.id()).stream()
                                .findFirst()
                                .orElseThrow(
                                        () ->
                                                UserError.badInput(
                                                        "No prep has started for this meeting; use 'prep start' first."));
                ChatSession session =
                        s.prep.chat()
                                .find(run.runId())
                                .orElseThrow(
                                        () ->
                                                UserError.badInput(
                                                        "The prep questions have not been asked yet; the run is "
                                                                + state(run, s.wiring.zone())
                                                                + "."));
                BufferedReader in =
                        new BufferedReader(
                                new InputStreamReader(parent.root.stdin, StandardCharsets.UTF_8));
                out.println(
                        "Prep for " + m.event().title() + " - answer, or type 'skip' or 'done'.");
                out.println(ChatService.prompt(session));
                out.flush();
                int n = 0;
                while (!session.state().finished()) {
                    out.print("> ");
                    out.flush();
                    String line = in.readLine();
                    if (line == null) {
                        out.println();
                        out.println(
                                "Stopped; your answers so far are kept. Run 'prep chat' again to go on.");
                        return 0;
                    }
                    // The terminal has no message ids; the session's answer count makes one per
                    // question.
                    ChatReply reply =
                            s.prep.chat()
                                    .answer(
                                            run.runId(),
                                            "terminal-" + session.answers().size() + "-" + (n++),
                                            line);
                    out.println(reply.text());
                    out.flush();
                    session = s.prep.chat().find(run.runId()).orElseThrow();
                }
                PrepRun done =
                        await(
                                s,
                                run.runId(),
                                x -> x.status().finished() || x.materialsLocation() != null,
                                Duration.ofSeconds(90));
                out.println(
                        done.materialsLocation() == null
                                ? "The materials are not ready yet; see 'prep show'."
                                : "Materials: " + done.materialsLocation());
            }
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "show",
            description = "A meeting's prep: state, context, gaps, materials, notifications.")
    static final class Show implements Callable<Integer> {
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
                    out.println("Run " + r.runId() + ": " + state(r, zone));
                    ContextBundle c = ContextJson.read(r.contextJson());
                    c.sections()
                            .forEach(
                                    sec ->
                                            out.println(
                                                    "  "
                                                            + sec.kind().title()
                                                            + ": "
                                                            + sec.summary()));
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
                                                            + ch.state()
                                                                    .name()
                                                                    .toLowerCase(Locale.ROOT)
                                                            + ", "
                                                            + ch.answers().size()
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

    @Command(name = "retry", description = "Try a failed run again from the step that failed.")
    static final class Retry implements Callable<Integer> {
        @Parameters(paramLabel = "RUN")
        String runId;

        @ParentCommand PrepCommand parent;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            try (PrepSession s = PrepSession.open(parent.root)) {
                PrepRun r;
                try {
                    r = s.prep.coordinator().retry(runId);
                } catch (com.execassistant.core.prep.PrepException e) {
                    throw UserError.badInput(e.getMessage());
                }
                PrepRun after =
                        await(
                                s,
                                r.runId(),
                                x ->
                                        x.status().finished()
                                                || x.wakeAt() == null
                                                || x.wakeAt().isAfter(s.local.clock().instant()),
                                Duration.ofSeconds(60));
                spec.commandLine()
                        .getOut()
                        .println("Run " + runId + " is now " + state(after, s.wiring.zone()) + ".");
            }
            return 0;
        }
    }

    @Command(
            name = "skip",
            description = "Do not prep a meeting, or with --series, any meeting of its series.")
    static final class Skip implements Callable<Integer> {
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
                String target =
                        series && m.event().seriesId() != null ? m.event().seriesId() : m.id();
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
}
