package com.execassistant.core.prep;

import com.execassistant.core.chat.ChatService;
import com.execassistant.core.chat.ChatSession;
import com.execassistant.core.chat.InMemoryChatSessions;
import com.execassistant.core.config.AttendeeBounds;
import com.execassistant.core.config.MeetingType;
import com.execassistant.core.config.MeetingTypes;
import com.execassistant.core.context.ContextGatherer;
import com.execassistant.core.context.ContextKind;
import com.execassistant.core.meeting.TestEvents;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.notify.Channel;
import com.execassistant.core.notify.InMemoryNotificationLog;
import com.execassistant.core.notify.NotificationDispatcher;
import com.execassistant.core.notify.RecordingNotifier;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The prep workflow and coordinator over in-memory fakes, with a clock the test moves. A 1:1 has
 * three questions, wants budget context, preps 24 h ahead and is reminded 2 h ahead.
 */
final class PrepFixture implements AutoCloseable {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Monday 2 March 2026, 09:00 in New York. */
    static final Instant MONDAY_9AM = Instant.parse("2026-03-02T14:00:00Z");

    static final List<String> QUESTIONS =
            List.of(
                    "What are your top 3 priorities?",
                    "Anything blocking your report?",
                    "Feedback to give?");

    static final MeetingTypes TYPES =
            new MeetingTypes(
                    List.of(
                            new MeetingType(
                                    "one_on_one",
                                    List.of("1:1"),
                                    AttendeeBounds.ANY,
                                    24,
                                    QUESTIONS,
                                    List.of(ContextKind.BUDGET),
                                    2),
                            new MeetingType(
                                    MeetingType.DEFAULT,
                                    List.of(),
                                    AttendeeBounds.ANY,
                                    24,
                                    List.of("What do you want from this meeting?"),
                                    List.of(),
                                    1)));

    final MutableClock clock = new MutableClock(MONDAY_9AM);
    final InMemoryPrepRunStore runs = new InMemoryPrepRunStore();
    final InMemoryMeetingLookup meetings = new InMemoryMeetingLookup();
    final InMemoryWakeups wakeups = new InMemoryWakeups();
    final InMemoryChatSessions sessions = new InMemoryChatSessions();
    final List<String> chatsFinished = new ArrayList<>();
    final ChatService chat = new ChatService(sessions, clock, this::chatFinished);
    final InMemoryNotificationLog log = new InMemoryNotificationLog();
    final RecordingNotifier slack = new RecordingNotifier(Channel.SLACK);
    final NotificationDispatcher notifications =
            new NotificationDispatcher(() -> List.of(slack), log, clock);
    final CountingBudgetSource budget = new CountingBudgetSource();
    final RecordingWriter writer = new RecordingWriter(clock);
    final InMemoryMaterialsStore materials = new InMemoryMaterialsStore();
    final PrepSettings settings =
            new PrepSettings(
                    Duration.ofHours(24),
                    WorkingHours.officeHours(NEW_YORK),
                    NEW_YORK,
                    5,
                    Duration.ofMinutes(1),
                    Duration.ofMinutes(3));
    final Set<String> skippedMeetings = new HashSet<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    final PrepWorkflow workflow =
            new PrepWorkflow(
                    new PrepPorts(
                            meetings,
                            new ContextGatherer(List.of(budget), executor),
                            notifications,
                            chat,
                            writer,
                            materials),
                    TYPES,
                    settings,
                    clock);
    final PrepCoordinator coordinator =
            new PrepCoordinator(
                    runs,
                    meetings,
                    wakeups,
                    chat,
                    notifications,
                    settings.workingHours(),
                    m -> skippedMeetings.contains(m.id()),
                    clock);

    private void chatFinished(String runId) {
        chatsFinished.add(runId);
        this.coordinator.chatFinished(runId);
    }

    /** A 1:1 at {@code start}, stored at {@code revision}. */
    MeetingRecord meeting(String id, Instant start, int revision) {
        MeetingRecord m =
                new MeetingRecord(
                        id,
                        "acct",
                        TestEvents.meeting(id, "1:1 Dana / Lee", start, 2),
                        "fp" + revision,
                        revision,
                        "one_on_one",
                        "keyword 1:1",
                        24,
                        start.minus(Duration.ofHours(24)));
        meetings.put(m);
        return m;
    }

    /** A 1:1 tomorrow at 09:00 New York (reminder at 07:00). */
    MeetingRecord tomorrow() {
        return meeting("meeting-1", MONDAY_9AM.plus(Duration.ofDays(1)), 1);
    }

    /** A stored new run of the meeting, due now. */
    PrepRun newRun(MeetingRecord m) {
        Instant now = clock.instant();
        PrepRun r = PrepRun.scheduled(m.id(), m.revision(), m.accountId(), m.type(), now, now);
        runs.save(r);
        return r;
    }

    /** Executes the run's step and stores the result, as an engine does. */
    PrepRun execute(PrepRun r) {
        PrepRun next = workflow.execute(r);
        runs.save(next);
        return next;
    }

    /**
     * Runs the workflow until the run stands at {@code target}. A waiting step is woken at its time
     * by moving the clock there, so an open Q&A times out on the way.
     */
    PrepRun driveTo(PrepRun r, PrepStep target) {
        for (int i = 0; i < 40 && r.step() != target; i++) {
            PrepRun next = execute(r);
            if (next.step() == r.step() && next.wakeAt() != null) {
                clock.set(next.wakeAt());
            }
            if (next.status().finished() && next.step() != target) {
                throw new AssertionError("the run ended before " + target + ": " + next);
            }
            r = next;
        }
        return r;
    }

    /** Moves the clock to when a waiting step at the run's current step has work to do. */
    void makeDue(PrepRun r) {
        MeetingRecord m = meetings.find(r.meetingId()).orElseThrow();
        switch (r.step()) {
            case WAIT_FOR_CHAT_COMPLETION -> clock.set(r.chatDeadline());
            case WAIT_UNTIL_REMINDER -> clock.set(workflow.reminderTime(m));
            default -> {}
        }
    }

    ChatSession session(PrepRun r) {
        return sessions.find(r.runId()).orElseThrow();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
