package com.execassistant.desktop.prep;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.notify.NotificationRecord;
import com.execassistant.core.notify.NotificationRecord.Outcome;
import com.execassistant.core.notify.Purpose;
import com.execassistant.core.notify.slack.FakeSlackWeb;
import com.execassistant.core.notify.slack.SlackNotifier;
import com.execassistant.core.notify.slack.SlackWeb;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepStep;
import com.execassistant.core.prep.RunStatus;
import com.execassistant.desktop.notify.sms.SnsSmsNotifier;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every channel failing: the prep notification step is retried with growing delays, the run shows
 * it is retrying, then fails with a plain sentence naming each channel; once a channel works again,
 * the user's retry completes the run with each message sent once.
 */
class PrepScenarioAllChannelsDownTest {

    private static final Instant WEDNESDAY_9AM = PrepFixture.MONDAY_9AM.plus(Duration.ofDays(2));
    private static final String SLACK_OK =
            "{\"ok\":true,\"channel\":\"" + FakeSlackWeb.DM + "\",\"ts\":\"1700000000.000100\"}";

    @TempDir Path dir;
    private PrepFixture f;
    private final FakeSlackWeb slack = new FakeSlackWeb();
    private final LoopbackSns sns = new LoopbackSns();
    private SnsSmsNotifier sms;
    private PrepRuntime rt;

    @AfterEach
    void stop() {
        f.close();
        sms.close();
        sns.close();
        slack.close();
    }

    private PrepRun startWithEveryChannelDown() throws InterruptedException {
        slack.answerStatus("chat.postMessage", 500);
        sns.fail();
        f = new PrepFixture(dir);
        sms = sns.notifier(f.clock);
        SlackNotifier slackChannel = new SlackNotifier(new SlackWeb(slack.settings()));
        f.calendar.put(PrepFixture.oneOnOne("m1", WEDNESDAY_9AM));
        f.sync();
        rt = f.start(() -> List.of(slackChannel, sms), null);
        PrepRun scheduled = f.run("m1");
        f.clock.set(scheduled.wakeAt());
        return f.await("m1", r -> r.attempts() == 1);
    }

    @Test
    void theStepIsRetriedWithBackoffAndTheRunShowsIt() throws Exception {
        PrepRun first = startWithEveryChannelDown();

        // The fixture's settings: 3 attempts, 1 minute first delay, doubling.
        assertThat(first.status()).isEqualTo(RunStatus.RETRYING);
        assertThat(first.step()).isEqualTo(PrepStep.SEND_PREP_NOTIFICATION);
        assertThat(first.wakeAt()).isEqualTo(f.clock.instant().plus(Duration.ofMinutes(1)));

        f.clock.set(first.wakeAt());
        PrepRun second = f.await("m1", r -> r.attempts() == 2);

        assertThat(second.status()).isEqualTo(RunStatus.RETRYING);
        assertThat(second.wakeAt()).isEqualTo(first.wakeAt().plus(Duration.ofMinutes(2)));
        assertThat(rt.runs().recent(10))
                .extracting(PrepRun::runId, PrepRun::status)
                .contains(org.assertj.core.groups.Tuple.tuple(second.runId(), RunStatus.RETRYING));
    }

    @Test
    void pastItsAttemptsTheRunFailsWithAPlainSentenceNamingEachChannel() throws Exception {
        PrepRun run = startWithEveryChannelDown();
        f.clock.set(run.wakeAt());
        run = f.await("m1", r -> r.attempts() == 2);
        f.clock.set(run.wakeAt());

        PrepRun failed = f.await("m1", r -> r.status().finished());

        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.wakeAt()).isNull();
        assertThat(failed.lastError())
                .startsWith("No channel could deliver the notification (slack: ")
                .contains("; sms: ")
                .doesNotContain(".;")
                .doesNotContain(".)")
                .endsWith(").")
                .doesNotContain("Exception")
                .doesNotContain("\n");
        assertThat(rt.notifications().forRun(failed.runId()))
                .filteredOn(r -> r.outcome() == Outcome.FAILED)
                .hasSize(6);
        assertThat(sns.texts()).hasSize(3);
    }

    @Test
    void retryingAfterTheChannelIsFixedCompletesTheRunWithEachMessageSentOnce() throws Exception {
        PrepRun run = startWithEveryChannelDown();
        f.clock.set(run.wakeAt());
        run = f.await("m1", r -> r.attempts() == 2);
        f.clock.set(run.wakeAt());
        PrepRun failed = f.await("m1", r -> r.status().finished());
        slack.answer("chat.postMessage", SLACK_OK);

        PrepRun again = rt.coordinator().retry(failed.runId());
        assertThat(again.status()).isEqualTo(RunStatus.ACTIVE);
        PrepRun done = ScenarioKit.finish(f, "m1");

        assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(done.lastError()).isNull();
        assertThat(ScenarioKit.sent(rt, done.runId()))
                .containsExactly(Purpose.PREP_START, Purpose.MATERIALS_READY, Purpose.REMINDER);
        assertThat(rt.notifications().forRun(done.runId()))
                .filteredOn(r -> r.outcome() == Outcome.SENT)
                .extracting(NotificationRecord::channel)
                .containsOnly(com.execassistant.core.notify.Channel.SLACK);
        // Three failed prep notifications, then one each for prep, materials and reminder.
        assertThat(slack.calls("chat.postMessage")).hasSize(6);
    }
}
