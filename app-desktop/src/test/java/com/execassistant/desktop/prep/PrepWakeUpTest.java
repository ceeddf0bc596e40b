package com.execassistant.desktop.prep;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.chat.ChatService;
import com.execassistant.core.notify.slack.FakeSlackWeb;
import com.execassistant.core.notify.slack.SlackNotifier;
import com.execassistant.core.notify.slack.SlackWeb;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepRunStore;
import com.execassistant.core.prep.PrepStep;
import com.execassistant.desktop.store.JdbcChatSessions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Q&A finishing while its run is still executing (the user answers the DM before the engine has
 * stored that it is waiting) must still wake the run, not leave it asleep until the deadline.
 */
class PrepWakeUpTest {

    private static final Instant MEETING = PrepFixture.MONDAY_9AM.plus(Duration.ofDays(2));

    @TempDir Path dir;
    private PrepFixture f;
    private FakeSlackWeb slack;

    @AfterEach
    void stop() {
        f.close();
        slack.close();
    }

    @Test
    void answersFinishedDuringTheRunsOwnExecutionMakeTheMaterialsAtOnce() throws Exception {
        f = new PrepFixture(dir);
        slack = new FakeSlackWeb();
        SlackWeb web = new SlackWeb(slack.settings());
        f.calendar.put(PrepFixture.oneOnOne("m1", MEETING));
        f.sync();
        PrepRuntime.Options options =
                f.options(() -> List.of(new SlackNotifier(web)), null)
                        .withEngineStore(real -> new AnswerOnWaiting(real, f));
        f.runtime = new PrepRuntime(f.db, f.config, f.clock, options);
        f.runtime.start();

        f.clock.set(f.run("m1").wakeAt().plusSeconds(1));
        PrepRun ready = f.await("m1", r -> r.step() == PrepStep.WAIT_UNTIL_REMINDER);

        assertThat(ready.materialsLocation()).isNotNull();
        assertThat(f.clock.instant()).isBefore(ready.chatDeadline());
    }

    @Test
    void theEnginesStoredWakeUpIsTheRunsWakeUpInAnyTimeZone() throws Exception {
        // The build runs the tests outside UTC (surefire's user.timezone): a time stored shifted
        // by the zone's offset would show here.
        f = new PrepFixture(dir);
        slack = new FakeSlackWeb();
        f.calendar.put(PrepFixture.oneOnOne("m1", MEETING));
        f.sync();
        f.runtime = f.start(() -> List.of(), null);
        PrepRun scheduled = f.run("m1");

        // The tick at start finds nothing due and plans the next at the only run's wake-up.
        Instant stored = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline
                && (stored == null || !stored.equals(scheduled.wakeAt()))) {
            stored = plannedTick();
            Thread.sleep(20);
        }
        assertThat(stored).isEqualTo(scheduled.wakeAt());
    }

    @Test
    void answersFinishedWhileTheEngineWasStoppedResumeTheRunAtStart() throws Exception {
        f = new PrepFixture(dir);
        slack = new FakeSlackWeb();
        SlackWeb web = new SlackWeb(slack.settings());
        f.calendar.put(PrepFixture.oneOnOne("m1", MEETING));
        f.sync();
        PrepRuntime.Options options = f.options(() -> List.of(new SlackNotifier(web)), null);
        f.runtime = new PrepRuntime(f.db, f.config, f.clock, options);
        f.runtime.start();
        f.clock.set(f.run("m1").wakeAt().plusSeconds(1));
        PrepRun waiting =
                f.await(
                        "m1",
                        r ->
                                r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION
                                        && r.wakeAt() != null
                                        && r.wakeAt().equals(r.chatDeadline()));
        f.runtime.close();

        // The answers are stored, but the process stops before the run is woken.
        ChatService offline = new ChatService(new JdbcChatSessions(f.db), f.clock, runId -> {});
        for (int i = 0;
                offline.find(waiting.runId()).orElseThrow().currentQuestion() != null;
                i++) {
            offline.answer(waiting.runId(), "msg-" + i, "answer " + i);
        }
        f.runtime = new PrepRuntime(f.db, f.config, f.clock, options);
        f.runtime.start();

        PrepRun ready = f.await("m1", r -> r.step() == PrepStep.WAIT_UNTIL_REMINDER);
        assertThat(ready.materialsLocation()).isNotNull();
        assertThat(f.clock.instant()).isBefore(ready.chatDeadline());
    }

    private Instant plannedTick() throws java.sql.SQLException {
        try (var c = f.db.connection();
                var q =
                        c.prepareStatement(
                                "SELECT execution_time FROM scheduled_tasks WHERE task_name = ?"
                                        + " AND picked = FALSE")) {
            q.setString(1, LocalPrepEngine.TASK);
            try (var rs = q.executeQuery()) {
                return rs.next()
                        ? rs.getObject(1, java.time.OffsetDateTime.class).toInstant()
                        : null;
            }
        }
    }

    /**
     * The engine's run store that, as the run is stored asleep waiting for answers, has the user
     * finish the Q&A - from inside the execution, before it has decided when to look at the run
     * next.
     */
    private static final class AnswerOnWaiting implements PrepRunStore {
        private final PrepRunStore real;
        private final PrepFixture f;
        private boolean answered;

        AnswerOnWaiting(PrepRunStore real, PrepFixture f) {
            this.real = real;
            this.f = f;
        }

        @Override
        public void save(PrepRun run) {
            real.save(run);
            // Stored asleep until the deadline: the step has looked and found no answers yet.
            boolean asleep =
                    run.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION
                            && run.wakeAt() != null
                            && run.wakeAt().equals(run.chatDeadline());
            if (!answered && asleep) {
                answered = true;
                f.runtime.chat().answer(run.runId(), "msg-1", "done");
            }
        }

        @Override
        public Optional<PrepRun> find(String runId) {
            return real.find(runId);
        }

        @Override
        public List<PrepRun> forMeeting(String meetingId) {
            return real.forMeeting(meetingId);
        }

        @Override
        public List<PrepRun> unfinished() {
            return real.unfinished();
        }

        @Override
        public List<PrepRun> recent(int limit) {
            return real.recent(limit);
        }
    }
}
