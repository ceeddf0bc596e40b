package com.execassistant.desktop.prep;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.context.ContextKind;
import com.execassistant.core.context.ContextQuery;
import com.execassistant.core.context.ContextSection;
import com.execassistant.core.context.ContextSource;
import com.execassistant.core.context.file.FileContextSource;
import com.execassistant.core.notify.slack.FakeSlackWeb;
import com.execassistant.core.notify.slack.SlackNotifier;
import com.execassistant.core.notify.slack.SlackWeb;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepStep;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One context source hanging: it is given up after the per-source limit, the run goes on with the
 * other sources, and the notification and the materials name what is missing.
 */
class PrepScenarioSlowContextTest {

    private static final Instant WEDNESDAY_9AM = PrepFixture.MONDAY_9AM.plus(Duration.ofDays(2));
    private static final String GAP = "Not available: Staffing - timed out after 1 s";

    @TempDir Path dir;
    private PrepFixture f;
    private final FakeSlackWeb slack = new FakeSlackWeb();
    private final CountDownLatch released = new CountDownLatch(1);

    @AfterEach
    void stop() {
        released.countDown();
        f.close();
        slack.close();
    }

    /** A staffing system that never answers until the test ends (or the gatherer interrupts it). */
    private final class HangingStaffing implements ContextSource {
        @Override
        public ContextKind kind() {
            return ContextKind.STAFFING;
        }

        @Override
        public ContextSection fetch(ContextQuery query) {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("the staffing source was given up on");
        }
    }

    @Test
    void aSourceThatHangsBecomesANamedGapAndTheMaterialsAreStillMade() throws Exception {
        f = new PrepFixture(dir);
        List<ContextSource> sources = new ArrayList<>();
        for (ContextSource s :
                FileContextSource.forAllKinds(Path.of("..", "config", "sample-context"))) {
            if (s.kind() != ContextKind.STAFFING) {
                sources.add(s);
            }
        }
        sources.add(new HangingStaffing());
        SlackNotifier slackChannel = new SlackNotifier(new SlackWeb(slack.settings()));
        f.calendar.put(PrepFixture.oneOnOne("m1", WEDNESDAY_9AM));
        f.sync();
        PrepRuntime rt =
                ScenarioKit.start(
                        f,
                        ScenarioKit.withContext(
                                f.options(() -> List.of(slackChannel), null),
                                sources,
                                // Long enough for the healthy file sources on a loaded machine; the
                                // hanging one
                                // never answers, so the limit alone decides its fate.
                                Duration.ofSeconds(1)));

        PrepRun notified = ScenarioKit.driveUntil(f, "m1", ScenarioKit::waitingForAnswers);

        JsonNode context = new ObjectMapper().readTree(notified.contextJson());
        assertThat(context.get("gaps").findValuesAsText("kind")).containsExactly("STAFFING");
        assertThat(context.get("gaps").findValuesAsText("reason"))
                .containsExactly("timed out after 1 s");
        assertThat(context.get("sections").findValuesAsText("kind")).containsExactly("BIG_ROCKS");
        assertThat(
                        URLDecoder.decode(
                                slack.calls("chat.postMessage").get(0).getBodyAsString(),
                                StandardCharsets.UTF_8))
                .contains("Staffing: not available (timed out after 1 s)");

        PrepRun ready = ScenarioKit.driveUntil(f, "m1", r -> r.materialsLocation() != null);

        assertThat(ready.step())
                .isIn(PrepStep.SEND_MATERIALS, PrepStep.WAIT_UNTIL_REMINDER, PrepStep.DONE);
        String agenda = ScenarioKit.read(ready, "agenda.html");
        assertThat(agenda)
                .contains(GAP)
                .contains("Big rocks")
                .doesNotContain("Not available: Big rocks");
        assertThat(ScenarioKit.read(ready, "notes.md")).contains("Staffing").contains("timed out");
        assertThat(rt.chat().find(ready.runId())).isPresent();
    }
}
