package com.execassistant.desktop.prep;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.chat.ChatSession;
import com.execassistant.core.notify.NotificationRecord;
import com.execassistant.core.notify.Purpose;
import com.execassistant.core.notify.slack.FakeSlackWeb;
import com.execassistant.core.notify.slack.SlackNotifier;
import com.execassistant.core.notify.slack.SlackWeb;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepStep;
import com.execassistant.core.prep.RunStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Meetings whose prep falls due at the same instant are driven as one batch; a crash while the
 * batch is being stored (some runs stored, the others not) must still end with every run complete,
 * each notification sent once per run and every answer kept once.
 */
class PrepBatchCrashTest {

    private static final Instant MEETING = PrepFixture.MONDAY_9AM.plus(Duration.ofDays(2));
    private static final List<String> MEETINGS = List.of("m1", "m2", "m3", "m4");

    @TempDir Path dir;
    private PrepFixture f;
    private FakeSlackWeb slack;

    @AfterEach
    void stop() {
        f.close();
        slack.close();
    }

    @ParameterizedTest(name = "crash at save {0}")
    // Four runs stored 3-5 times each (notified, waiting for answers, materials sent, perhaps
    // waiting for the reminder, completed); these fall inside the batches of each phase.
    @ValueSource(ints = {1, 4, 7, 10})
    void everyRunOfTheBatchCompletesWithNothingSentOrAnsweredTwice(int crashAt) throws Exception {
        f = new PrepFixture(dir);
        slack = new FakeSlackWeb();
        SlackWeb web = new SlackWeb(slack.settings());
        MEETINGS.forEach(id -> f.calendar.put(PrepFixture.oneOnOne(id, MEETING)));
        f.sync();
        PrepRuntime.Options options = f.options(() -> List.of(new SlackNotifier(web)), null);
        CrashingRunStore[] crashing = new CrashingRunStore[1];
        f.runtime =
                new PrepRuntime(
                        f.db,
                        f.config,
                        f.clock,
                        options.withEngineStore(
                                real -> crashing[0] = new CrashingRunStore(real, crashAt)));
        f.runtime.start();

        boolean restarted = false;
        int message = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!MEETINGS.stream().allMatch(id -> f.run(id).status().finished())) {
            assertThat(System.nanoTime()).as("runs stuck").isLessThan(deadline);
            if (!restarted && crashing[0].crashed.get()) {
                f.runtime.close();
                f.runtime = new PrepRuntime(f.db, f.config, f.clock, options);
                f.runtime.start();
                restarted = true;
            }
            for (String id : MEETINGS) {
                message = nudge(f.run(id), message, allAnswered());
            }
            Thread.sleep(20);
        }

        assertThat(crashing[0].crashed.get()).isTrue();
        for (String id : MEETINGS) {
            PrepRun run = f.run(id);
            assertThat(run.status()).as(id).isEqualTo(RunStatus.COMPLETED);
            assertThat(ScenarioKit.sent(f.runtime, run.runId()))
                    .as(id)
                    .containsExactly(Purpose.PREP_START, Purpose.MATERIALS_READY, Purpose.REMINDER);
            ChatSession session = f.runtime.chat().find(run.runId()).orElseThrow();
            assertThat(session.answers()).hasSize(session.questions().size());
            assertThat(session.answers()).extracting(a -> a.answer()).doesNotHaveDuplicates();
        }
        long failedSends =
                f.runtime.notifications().all().stream()
                        .filter(r -> r.outcome() == NotificationRecord.Outcome.FAILED)
                        .count();
        assertThat(failedSends).isZero();
    }

    /** Whether every run is past its Q&A (or finished). */
    private boolean allAnswered() {
        return MEETINGS.stream()
                .map(f::run)
                .allMatch(
                        r ->
                                r.status().finished()
                                        || r.step().ordinal()
                                                > PrepStep.WAIT_FOR_CHAT_COMPLETION.ordinal());
    }

    /** Plays the clock and the user: due waits are made due, open questions answered. */
    private int nudge(PrepRun run, int message, boolean allAnswered) {
        // The clock is shared: moved to one run's reminder while another still waits for its
        // answers, it would time that Q&A out.
        boolean due =
                run.status() == RunStatus.SCHEDULED
                        || (run.step() == PrepStep.WAIT_UNTIL_REMINDER && allAnswered);
        if (due && run.wakeAt() != null && f.clock.instant().isBefore(run.wakeAt())) {
            f.clock.set(run.wakeAt().plusSeconds(1));
        }
        if (run.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION) {
            ChatSession s = f.runtime.chat().find(run.runId()).orElse(null);
            if (s != null && s.currentQuestion() != null) {
                f.runtime.chat().answer(run.runId(), "msg-" + message, "answer " + message);
                return message + 1;
            }
        }
        return message;
    }
}
