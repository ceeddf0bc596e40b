package com.execassistant.core.prep;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.monitor.MeetingRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A failing step is retried after growing delays, then the run fails with a plain reason. */
class PrepWorkflowRetryTest {

    private final PrepFixture fx = new PrepFixture();
    private final MeetingRecord meeting =
            fx.meeting("meeting-1", Instant.parse("2026-03-05T14:00:00Z"), 1);

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void retryDelaysDoubleUpToTheLongestThenTheRunFails() {
        PrepRun r = fx.driveTo(fx.newRun(meeting), PrepStep.GENERATE_MATERIALS);
        fx.writer.failing("The model is unreachable.");
        List<Duration> delays = new ArrayList<>();

        for (int i = 0; i < 10 && !r.status().finished(); i++) {
            Instant now = fx.clock.instant();
            r = fx.execute(r);
            if (r.status() == RunStatus.RETRYING) {
                delays.add(Duration.between(now, r.wakeAt()));
                fx.clock.set(r.wakeAt());
            }
        }

        // settings: 5 attempts, first delay 1 min, longest 3 min
        assertThat(delays)
                .containsExactly(
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(3),
                        Duration.ofMinutes(3));
        assertThat(r.status()).isEqualTo(RunStatus.FAILED);
        assertThat(r.step()).isEqualTo(PrepStep.GENERATE_MATERIALS);
        assertThat(r.attempts()).isEqualTo(5);
        assertThat(r.wakeAt()).isNull();
        assertThat(fx.writer.requests()).hasSize(5);
    }

    @Test
    void aFailedRunKeepsThePlainReason() {
        PrepRun r = fx.driveTo(fx.newRun(meeting), PrepStep.GENERATE_MATERIALS);
        fx.writer.failing("The model is unreachable.");

        PrepRun next = fx.execute(r);

        assertThat(next.status()).isEqualTo(RunStatus.RETRYING);
        assertThat(next.attempts()).isEqualTo(1);
        assertThat(next.lastError())
                .isEqualTo("The materials could not be written: The model is unreachable.");
    }

    @Test
    void aRetryThatSucceedsGoesOnAndForgetsTheFailure() {
        PrepRun r = fx.driveTo(fx.newRun(meeting), PrepStep.GENERATE_MATERIALS);
        fx.writer.failing("The model is unreachable.");
        r = fx.execute(r);
        fx.clock.set(r.wakeAt());
        fx.writer.recover();

        PrepRun next = fx.execute(r);

        assertThat(next.step()).isEqualTo(PrepStep.STORE_MATERIALS);
        assertThat(next.status()).isEqualTo(RunStatus.ACTIVE);
        assertThat(next.attempts()).isZero();
        assertThat(next.lastError()).isNull();
    }

    @Test
    void aNotificationNoChannelCouldDeliverIsRetried() {
        PrepRun r = fx.driveTo(fx.newRun(meeting), PrepStep.SEND_PREP_NOTIFICATION);
        fx.slack.failing("Slack said invalid_auth.");

        PrepRun next = fx.execute(r);

        assertThat(next.status()).isEqualTo(RunStatus.RETRYING);
        assertThat(next.step()).isEqualTo(PrepStep.SEND_PREP_NOTIFICATION);
        assertThat(next.lastError())
                .isEqualTo(
                        "No channel could deliver the notification (slack: Slack said"
                                + " invalid_auth).");
        assertThat(next.wakeAt()).isEqualTo(fx.clock.instant().plus(Duration.ofMinutes(1)));
    }

    @Test
    void aRetriedNotificationGoesOutOnceItsChannelRecovers() {
        PrepRun r = fx.driveTo(fx.newRun(meeting), PrepStep.SEND_PREP_NOTIFICATION);
        fx.slack.failing("Slack said invalid_auth.");
        r = fx.execute(r);
        fx.slack.recover();
        fx.clock.set(r.wakeAt());

        PrepRun next = fx.execute(r);

        assertThat(next.step()).isEqualTo(PrepStep.WAIT_FOR_CHAT_COMPLETION);
        assertThat(fx.slack.sent()).hasSize(1);
    }
}
