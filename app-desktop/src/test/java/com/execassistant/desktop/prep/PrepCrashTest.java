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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A crash at every step boundary: the engine dies right after a step did its work and before the
 * run's new state was stored; a new engine on the same workspace must finish the run with every
 * notification sent once, every answer kept once, the materials written.
 */
class PrepCrashTest {

    private static final Instant MEETING = PrepFixture.MONDAY_9AM.plus(Duration.ofDays(2));

    @TempDir Path dir;
    private PrepFixture f;
    private FakeSlackWeb slack;

    @AfterEach
    void stop() {
        f.close();
        slack.close();
    }

    @ParameterizedTest(name = "crash at save {0}")
    // The engine stores a run 5 times on its way from scheduled to completed here: notified,
    // waiting for the answers, materials sent, waiting for the reminder, completed. A crash
    // before each store repeats every step since the last one, sends included.
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void theRunResumesAfterACrashWithNothingSentOrAnsweredTwice(int crashAt) throws Exception {
        f = new PrepFixture(dir);
        slack = new FakeSlackWeb();
        SlackWeb web = new SlackWeb(slack.settings());
        f.calendar.put(PrepFixture.oneOnOne("m1", MEETING));
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
        PrepRun run = f.run("m1");
        while (!run.status().finished()) {
            assertThat(System.nanoTime()).as("run stuck at %s", run).isLessThan(deadline);
            if (!restarted && crashing[0].crashed.get()) {
                f.runtime.close();
                f.runtime = new PrepRuntime(f.db, f.config, f.clock, options);
                f.runtime.start();
                restarted = true;
            }
            if (run.status() == RunStatus.SCHEDULED
                    && run.wakeAt() != null
                    && f.clock.instant().isBefore(run.wakeAt())) {
                f.clock.set(run.wakeAt().plusSeconds(1));
            }
            if (run.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION) {
                ChatSession s = f.runtime.chat().find(run.runId()).orElse(null);
                if (s != null && s.currentQuestion() != null) {
                    f.runtime.chat().answer(run.runId(), "msg-" + message, "answer " + message);
                    message++;
                }
            }
            if (run.step() == PrepStep.WAIT_UNTIL_REMINDER
                    && run.wakeAt() != null
                    && f.clock.instant().isBefore(run.wakeAt())) {
                f.clock.set(run.wakeAt().plusSeconds(1));
            }
            Thread.sleep(20);
            run = f.run("m1");
        }

        assertThat(crashing[0].crashed.get()).isTrue();
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        List<Purpose> sent =
                f.runtime.notifications().all().stream()
                        .filter(r -> r.outcome() == NotificationRecord.Outcome.SENT)
                        .map(NotificationRecord::purpose)
                        .toList();
        assertThat(sent)
                .containsExactly(Purpose.PREP_START, Purpose.MATERIALS_READY, Purpose.REMINDER);
        assertThat(slack.calls("chat.postMessage")).hasSize(3);
        ChatSession session = f.runtime.chat().find(run.runId()).orElseThrow();
        assertThat(session.answers()).hasSize(session.questions().size());
        assertThat(session.answers()).extracting(a -> a.answer()).doesNotHaveDuplicates();
        assertThat(Path.of(run.materialsLocation(), "agenda.html"))
                .satisfies(p -> assertThat(Files.exists(p)).isTrue());
    }
}
