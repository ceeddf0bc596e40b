package com.execassistant.desktop.bench;

import com.execassistant.core.chat.ChatSession;
import com.execassistant.core.materials.Materials;
import com.execassistant.core.notify.NotificationRecord;
import com.execassistant.core.notify.NotificationRecord.Outcome;
import com.execassistant.core.notify.Purpose;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepStep;
import com.execassistant.core.prep.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the benchmark checks after the runs: every meeting has one run that reached the end (the
 * wait for the reminder, materials stored and delivered), and each notification was recorded as
 * sent once and reached Slack once. It also takes each completed run's measures.
 *
 * @param lost meetings without a run that got to the end
 * @param duplicated runs with a notification recorded or received more than once
 * @param failedAttempts failed notification attempts and failed steps, which should be none
 * @param problems the first few findings, in words
 */
public record PrepAudit(
        int meetings,
        int runs,
        int completed,
        int lost,
        int duplicated,
        int failedAttempts,
        List<String> problems,
        Measures measures) {

    /**
     * The per-run measures of the runs that completed. With D the run's due instant ({@link
     * PrepRun#dueAt()}: its prep trigger, or the event's arrival if that was later), N the time the
     * prep notification was recorded as sent, C the time the Q&A finished and M the time the
     * materials notification was recorded as sent:
     *
     * @param eventToNotification N - D
     * @param materials the writer's own generation time (the materials record it; the run keeps it
     *     in whole milliseconds)
     * @param completionExcludingChat (M - D) - max(0, C - N): the whole run less the time the user
     *     took to answer, which is zero when the answers were in before the notification was
     *     recorded
     */
    public record Measures(
            List<Duration> eventToNotification,
            List<Duration> materials,
            List<Duration> completionExcludingChat,
            Instant firstDue,
            Instant lastDelivered) {}

    /** Where the audit reads what happened. */
    record Sources(
            Set<String> meetingIds,
            List<PrepRun> runs,
            List<NotificationRecord> notifications,
            Function<String, Optional<ChatSession>> chat,
            Function<String, Optional<Materials>> materials,
            LoopbackSlack slack) {}

    private static final int MAX_PROBLEMS = 10;

    public boolean clean() {
        return lost == 0 && duplicated == 0 && failedAttempts == 0 && completed == meetings;
    }

    static PrepAudit of(Sources s) {
        Map<String, List<NotificationRecord>> byRun =
                s.notifications().stream()
                        .collect(Collectors.groupingBy(NotificationRecord::runId));
        List<String> problems = new ArrayList<>();
        List<Duration> toNotification = new ArrayList<>();
        List<Duration> materials = new ArrayList<>();
        List<Duration> completion = new ArrayList<>();
        Instant firstDue = null;
        Instant lastDelivered = null;
        int completed = 0;
        int duplicated = 0;
        int failed =
                (int) s.notifications().stream().filter(r -> r.outcome() == Outcome.FAILED).count();
        Set<String> reached = new java.util.HashSet<>();
        for (PrepRun run : s.runs()) {
            List<NotificationRecord> records = byRun.getOrDefault(run.runId(), List.of());
            if (run.attempts() > 0 || run.lastError() != null) {
                failed++;
                note(problems, run.runId() + " had a failed step: " + run.lastError());
            }
            boolean twice = false;
            for (Purpose p : List.of(Purpose.PREP_START, Purpose.MATERIALS_READY)) {
                long sent = sent(records, p).count();
                int received = s.slack().posts(run.runId(), p.name());
                if (sent > 1 || received > 1) {
                    twice = true;
                    note(
                            problems,
                            "%s: %s recorded %d times, received %d times"
                                    .formatted(run.runId(), p, sent, received));
                }
            }
            duplicated += twice ? 1 : 0;
            Optional<Instant> notified = sent(records, Purpose.PREP_START).findFirst();
            Optional<Instant> delivered = sent(records, Purpose.MATERIALS_READY).findFirst();
            Optional<Materials> made = s.materials().apply(run.runId());
            Optional<Instant> chatDone =
                    s.chat()
                            .apply(run.runId())
                            .filter(c -> c.state().finished())
                            .map(ChatSession::updatedAt);
            boolean atEnd =
                    (run.step() == PrepStep.WAIT_UNTIL_REMINDER && run.status() == RunStatus.ACTIVE)
                            || run.status() == RunStatus.COMPLETED;
            if (!atEnd
                    || run.materialsLocation() == null
                    || notified.isEmpty()
                    || delivered.isEmpty()
                    || made.isEmpty()
                    || chatDone.isEmpty()) {
                note(problems, run.runId() + " did not get to the end; it is " + describe(run));
                continue;
            }
            completed++;
            reached.add(run.meetingId());
            Instant due = run.dueAt();
            toNotification.add(Duration.between(due, notified.get()));
            materials.add(made.get().generationTime());
            Duration waitingForUser = Duration.between(notified.get(), chatDone.get());
            completion.add(
                    Duration.between(due, delivered.get())
                            .minus(waitingForUser.isNegative() ? Duration.ZERO : waitingForUser));
            firstDue = firstDue == null || due.isBefore(firstDue) ? due : firstDue;
            lastDelivered =
                    lastDelivered == null || delivered.get().isAfter(lastDelivered)
                            ? delivered.get()
                            : lastDelivered;
        }
        int lost = (int) s.meetingIds().stream().filter(id -> !reached.contains(id)).count();
        if (!s.slack().unexpectedMethods().isEmpty()) {
            note(
                    problems,
                    "Slack methods the fake does not know: " + s.slack().unexpectedMethods());
        }
        return new PrepAudit(
                s.meetingIds().size(),
                s.runs().size(),
                completed,
                lost,
                duplicated,
                failed,
                List.copyOf(problems),
                new Measures(toNotification, materials, completion, firstDue, lastDelivered));
    }

    private static java.util.stream.Stream<Instant> sent(
            Collection<NotificationRecord> records, Purpose purpose) {
        return records.stream()
                .filter(r -> r.purpose() == purpose && r.outcome() == Outcome.SENT)
                .map(NotificationRecord::at);
    }

    private static String describe(PrepRun r) {
        return r.step() + " / " + r.status() + (r.lastError() == null ? "" : ": " + r.lastError());
    }

    private static void note(List<String> problems, String problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
    }
}
