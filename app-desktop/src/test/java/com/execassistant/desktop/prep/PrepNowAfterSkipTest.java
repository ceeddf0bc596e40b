package com.execassistant.desktop.prep;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.chat.ChatState;
import com.execassistant.core.notify.slack.FakeSlackWeb;
import com.execassistant.core.notify.slack.SlackNotifier;
import com.execassistant.core.notify.slack.SlackWeb;
import com.execassistant.core.prep.PrepRun;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prep now on a meeting whose prep was skipped asks the questions again. */
class PrepNowAfterSkipTest {

    private static final Instant WEDNESDAY_9AM = PrepFixture.MONDAY_9AM.plus(Duration.ofDays(2));

    @TempDir Path dir;
    private PrepFixture f;
    private final FakeSlackWeb slack = new FakeSlackWeb();

    @AfterEach
    void stop() {
        f.close();
        slack.close();
    }

    @Test
    void prepNowAfterASkipWaitsForAnswersInsteadOfWritingMaterialsWithoutThem() throws Exception {
        f = new PrepFixture(dir);
        SlackNotifier slackChannel = new SlackNotifier(new SlackWeb(slack.settings()));
        f.calendar.put(PrepFixture.oneOnOne("m1", WEDNESDAY_9AM));
        f.sync();
        PrepRuntime rt = ScenarioKit.start(f, f.options(() -> List.of(slackChannel), null));
        PrepRun waiting = ScenarioKit.driveUntil(f, "m1", ScenarioKit::waitingForAnswers);
        rt.coordinator().skip(waiting);
        assertThat(rt.chat().find(waiting.runId()).orElseThrow().state())
                .isEqualTo(ChatState.CANCELLED);

        rt.coordinator().startNow(waiting.meetingId());

        PrepRun again = f.await("m1", ScenarioKit::waitingForAnswers);
        assertThat(again.materialsLocation()).isNull();
        assertThat(rt.chat().find(again.runId()).orElseThrow().state().finished()).isFalse();
    }
}
