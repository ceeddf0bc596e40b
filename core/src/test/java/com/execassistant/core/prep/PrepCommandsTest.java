package com.execassistant.core.prep;

import static com.execassistant.core.prep.PrepFixture.MONDAY_9AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.chat.ChatState;
import com.execassistant.core.meeting.MeetingStatus;
import com.execassistant.core.monitor.MeetingRecord;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The user's commands to the coordinator: skip, retry, prep now. */
class PrepCommandsTest {

    static final Instant WEDNESDAY_10AM = PrepCoordinatorTest.WEDNESDAY_10AM;

    private final PrepFixture fx = new PrepFixture();
    private final MeetingRecord meeting = fx.meeting("meeting-1", WEDNESDAY_10AM, 1);

    @AfterEach
    void close() {
        fx.close();
    }

    private PrepRun stored() {
        return fx.runs.find("meeting-1-r1").orElseThrow();
    }

    private PrepRun failedAtGenerate() {
        PrepRun r = fx.driveTo(fx.newRun(meeting), PrepStep.GENERATE_MATERIALS);
        PrepRun failed = r.failed("The model is unreachable.", null, fx.clock.instant());
        fx.runs.save(failed);
        return failed;
    }

    @Test
    void skippingStopsTheRunItsWakeUpAndItsQna() {
        PrepRun r = fx.driveTo(fx.newRun(meeting), PrepStep.WAIT_FOR_CHAT_COMPLETION);

        fx.coordinator.skip(r);

        assertThat(stored().status()).isEqualTo(RunStatus.SKIPPED);
        assertThat(stored().step()).isEqualTo(PrepStep.DONE);
        assertThat(fx.wakeups.cancelled()).containsExactly(r.runId());
        assertThat(fx.session(r).state()).isEqualTo(ChatState.CANCELLED);
    }

    @Test
    void retryingAFailedRunResumesAtTheStepThatFailed() {
        failedAtGenerate();
        fx.clock.advance(Duration.ofHours(1));

        PrepRun again = fx.coordinator.retry("meeting-1-r1");

        assertThat(again.step()).isEqualTo(PrepStep.GENERATE_MATERIALS);
        assertThat(again.status()).isEqualTo(RunStatus.ACTIVE);
        assertThat(again.attempts()).isZero();
        assertThat(again.lastError()).isNull();
        assertThat(stored()).isEqualTo(again);
        assertThat(fx.wakeups.pending("meeting-1-r1")).contains(fx.clock.instant());
    }

    @Test
    void retryingARunWaitingForItsNextTryRunsItNow() {
        PrepRun r = fx.driveTo(fx.newRun(meeting), PrepStep.GENERATE_MATERIALS);
        Instant now = fx.clock.instant();
        fx.runs.save(r.failed("The model is unreachable.", now.plusSeconds(600), now));

        PrepRun again = fx.coordinator.retry("meeting-1-r1");

        assertThat(again.status()).isEqualTo(RunStatus.ACTIVE);
        assertThat(fx.wakeups.pending("meeting-1-r1")).contains(now);
    }

    @ParameterizedTest
    @EnumSource(
            value = RunStatus.class,
            names = {"FAILED", "RETRYING"},
            mode = EnumSource.Mode.EXCLUDE)
    void retryingARunThatHasNotFailedIsRefusedInPlainWords(RunStatus status) {
        fx.runs.save(fx.newRun(meeting).at(PrepStep.LOAD_MEETING, status, null, MONDAY_9AM));

        assertThatThrownBy(() -> fx.coordinator.retry("meeting-1-r1"))
                .isInstanceOf(PrepException.class)
                .hasMessage(
                        "Run meeting-1-r1 has not failed; it is "
                                + status.name().toLowerCase(java.util.Locale.ROOT)
                                + ".");
        assertThat(fx.wakeups.scheduled()).isEmpty();
    }

    @Test
    void retryingAnUnknownRunIsRefusedInPlainWords() {
        assertThatThrownBy(() -> fx.coordinator.retry("meeting-9-r1"))
                .isInstanceOf(PrepException.class)
                .hasMessage("There is no prep run meeting-9-r1.");
    }

    @Test
    void prepNowCreatesTheRunAndWakesItAtOnce() {
        PrepRun r = fx.coordinator.startNow("meeting-1");

        assertThat(r.runId()).isEqualTo("meeting-1-r1");
        assertThat(r.wakeAt()).isEqualTo(MONDAY_9AM);
        assertThat(stored()).isEqualTo(r);
        assertThat(fx.wakeups.pending("meeting-1-r1")).contains(MONDAY_9AM);
    }

    @Test
    void prepNowBringsAWaitingRunForward() {
        fx.coordinator.onEvent(PrepCoordinatorTest.requiresPrep(meeting, meeting.prepTrigger()));

        PrepRun r = fx.coordinator.startNow("meeting-1");

        assertThat(r.step()).isEqualTo(PrepStep.WAIT_UNTIL_PREP_TIME);
        assertThat(r.wakeAt()).isEqualTo(MONDAY_9AM);
        assertThat(fx.workflow.execute(r).step()).isEqualTo(PrepStep.LOAD_MEETING);
    }

    @Test
    void prepNowLeavesARunThatIsUnderwayWhereItIs() {
        PrepRun underway = fx.driveTo(fx.newRun(meeting), PrepStep.WAIT_FOR_CHAT_COMPLETION);

        PrepRun r = fx.coordinator.startNow("meeting-1");

        assertThat(r).isEqualTo(underway);
        assertThat(fx.slack.sent()).hasSize(1);
    }

    @Test
    void prepNowRestartsASkippedRun() {
        fx.coordinator.skip(fx.newRun(meeting));

        PrepRun r = fx.coordinator.startNow("meeting-1");

        assertThat(r.status()).isEqualTo(RunStatus.SCHEDULED);
        assertThat(r.step()).isEqualTo(PrepStep.WAIT_UNTIL_PREP_TIME);
        assertThat(stored()).isEqualTo(r);
    }

    @Test
    void prepNowForACancelledMeetingIsRefusedInPlainWords() {
        fx.meetings.put(
                new MeetingRecord(
                        meeting.id(),
                        meeting.accountId(),
                        meeting.event().withStatus(MeetingStatus.CANCELLED),
                        meeting.fingerprint(),
                        meeting.revision(),
                        meeting.type(),
                        meeting.rule(),
                        meeting.prepHoursBefore(),
                        meeting.prepTrigger()));

        assertThatThrownBy(() -> fx.coordinator.startNow("meeting-1"))
                .isInstanceOf(PrepException.class)
                .hasMessage("That meeting was cancelled.");
    }

    @Test
    void prepNowForAnUnknownMeetingIsRefusedInPlainWords() {
        assertThatThrownBy(() -> fx.coordinator.startNow("meeting-9"))
                .isInstanceOf(PrepException.class)
                .hasMessage("There is no meeting meeting-9.");
    }
}
