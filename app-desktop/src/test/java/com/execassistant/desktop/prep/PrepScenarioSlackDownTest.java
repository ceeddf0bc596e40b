package com.execassistant.desktop.prep;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.notify.Channel;
import com.execassistant.core.notify.NotificationRecord;
import com.execassistant.core.notify.NotificationRecord.Outcome;
import com.execassistant.core.notify.Purpose;
import com.execassistant.core.notify.slack.FakeSlackWeb;
import com.execassistant.core.notify.slack.SlackNotifier;
import com.execassistant.core.notify.slack.SlackWeb;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.RunStatus;
import com.execassistant.desktop.notify.sms.SnsSmsNotifier;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Slack failing: every notification of the run falls through to SMS, sent through the real SNS
 * client against a loopback SNS; the record shows the Slack failure before the SMS, and nothing is
 * sent twice.
 */
class PrepScenarioSlackDownTest {

    private static final Instant WEDNESDAY_9AM = PrepFixture.MONDAY_9AM.plus(Duration.ofDays(2));

    @TempDir Path dir;
    private PrepFixture f;
    private final FakeSlackWeb slack = new FakeSlackWeb();
    private final LoopbackSns sns = new LoopbackSns();
    private SnsSmsNotifier sms;

    @AfterEach
    void stop() {
        f.close();
        sms.close();
        sns.close();
        slack.close();
    }

    @ParameterizedTest(name = "Slack answering {0}")
    @ValueSource(strings = {"invalid_auth", "HTTP 500"})
    void everyNotificationGoesOutBySmsOnceWhenSlackFails(String failure) throws Exception {
        if (failure.equals("invalid_auth")) {
            slack.answer("chat.postMessage", "{\"ok\":false,\"error\":\"invalid_auth\"}");
        } else {
            slack.answerStatus("chat.postMessage", 500);
        }
        f = new PrepFixture(dir);
        sms = sns.notifier(f.clock);
        SlackNotifier slackChannel = new SlackNotifier(new SlackWeb(slack.settings()));
        f.calendar.put(PrepFixture.oneOnOne("m1", WEDNESDAY_9AM));
        f.sync();
        PrepRuntime rt = f.start(() -> List.of(slackChannel, sms), null);

        PrepRun notified = ScenarioKit.driveUntil(f, "m1", ScenarioKit::waitingForAnswers);

        assertThat(attempts(rt, notified.runId(), Purpose.PREP_START))
                .containsExactly("SLACK PENDING", "SLACK FAILED", "SMS PENDING", "SMS SENT");
        NotificationRecord slackFailure =
                rt.notifications().forRun(notified.runId()).stream()
                        .filter(r -> r.outcome() == Outcome.FAILED)
                        .findFirst()
                        .orElseThrow();
        assertThat(slackFailure.channel()).isEqualTo(Channel.SLACK);
        assertThat(slackFailure.error())
                .contains(failure.equals("invalid_auth") ? "invalid_auth" : "500");
        assertThat(sns.texts()).hasSize(1);
        assertThat(sns.texts().get(0)).contains("1:1 Dana / Lee").doesNotContain("http");

        PrepRun done = ScenarioKit.finish(f, "m1");

        assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(ScenarioKit.sent(rt, done.runId()))
                .containsExactly(Purpose.PREP_START, Purpose.MATERIALS_READY, Purpose.REMINDER);
        assertThat(rt.notifications().forRun(done.runId()))
                .filteredOn(r -> r.outcome() == Outcome.SENT)
                .extracting(NotificationRecord::channel)
                .containsOnly(Channel.SMS);
        assertThat(sns.texts()).hasSize(3).doesNotHaveDuplicates();
        assertThat(slack.calls("chat.postMessage")).hasSize(3);
    }

    private static List<String> attempts(PrepRuntime rt, String runId, Purpose purpose) {
        return rt.notifications().history(runId, purpose, "").stream()
                .map(r -> r.channel() + " " + r.outcome())
                .toList();
    }
}
