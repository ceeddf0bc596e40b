package com.execassistant.desktop.prep;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.materials.Materials;
import com.execassistant.core.materials.MaterialsRequest;
import com.execassistant.core.materials.MaterialsWriter;
import com.execassistant.core.materials.TemplateMaterialsWriter;
import com.execassistant.core.notify.Purpose;
import com.execassistant.core.notify.slack.FakeSlackWeb;
import com.execassistant.core.notify.slack.SlackNotifier;
import com.execassistant.core.notify.slack.SlackWeb;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.RunStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A meeting cancelled while the engine is in the middle of a step (here, a slow materials writer):
 * the cancellation wins; the step's result is dropped and nothing more is sent for the meeting.
 */
class PrepScenarioStoppedWhileWorkingTest {

    private static final Instant WEDNESDAY_9AM = PrepFixture.MONDAY_9AM.plus(Duration.ofDays(2));

    @TempDir Path dir;
    private PrepFixture f;
    private final FakeSlackWeb slack = new FakeSlackWeb();
    private final CountDownLatch writing = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        f.close();
        slack.close();
    }

    /** The template writer, held at its start until the test lets it go. */
    private final class HeldWriter implements MaterialsWriter {
        private final TemplateMaterialsWriter template;

        HeldWriter(TemplateMaterialsWriter template) {
            this.template = template;
        }

        @Override
        public String name() {
            return template.name();
        }

        @Override
        public Materials write(MaterialsRequest request) {
            writing.countDown();
            try {
                if (!release.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the writer");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return template.write(request);
        }
    }

    @Test
    void aCancellationDuringAStepWinsOverTheStepsResult() throws Exception {
        f = new PrepFixture(dir);
        SlackNotifier slackChannel = new SlackNotifier(new SlackWeb(slack.settings()));
        f.calendar.put(PrepFixture.oneOnOne("m1", WEDNESDAY_9AM));
        f.sync();
        PrepRuntime rt =
                f.start(
                        () -> List.of(slackChannel),
                        new HeldWriter(new TemplateMaterialsWriter(f.clock)));
        PrepRun waiting = ScenarioKit.driveUntil(f, "m1", ScenarioKit::waitingForAnswers);
        f.clock.set(waiting.chatDeadline());
        assertThat(writing.await(30, TimeUnit.SECONDS))
                .as("the engine reached the materials step")
                .isTrue();

        f.calendar.delete("m1");
        f.sync();
        rt.applyEvents();
        assertThat(f.run("m1").status()).isEqualTo(RunStatus.CANCELLED);
        release.countDown();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (ScenarioKit.executing(f, waiting.runId())) {
            assertThat(System.nanoTime())
                    .as("the engine never let go of the run")
                    .isLessThan(deadline);
            Thread.sleep(20);
        }

        PrepRun after = f.run("m1");
        assertThat(after.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(after.materialsLocation()).isNull();
        assertThat(ScenarioKit.sent(rt, after.runId()))
                .containsExactly(Purpose.PREP_START, Purpose.MEETING_CANCELLED);
    }
}
