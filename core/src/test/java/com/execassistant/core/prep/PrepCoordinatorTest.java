package com.execassistant.core.prep;

import static com.execassistant.core.prep.PrepFixture.MONDAY_9AM;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.chat.ChatState;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.monitor.PrepEvent;
import com.execassistant.core.notify.Purpose;
import com.execassistant.core.prep.InMemoryWakeups.Scheduled;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Calendar events into runs: one per meeting revision, replaced when it moves, stopped on cancel.
 */
class PrepCoordinatorTest {

    /** Wednesday 4 March 2026, 10:00 in New York; its prep is due Tuesday 10:00. */
    static final Instant WEDNESDAY_10AM = Instant.parse("2026-03-04T15:00:00Z");

    private final PrepFixture fx = new PrepFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    static PrepEvent requiresPrep(MeetingRecord m, Instant trigger) {
        return new PrepEvent(
                m.id(),
                m.revision(),
                PrepEvent.Kind.MEETING_REQUIRES_PREP,
                m.accountId(),
                m.type(),
                m.event().startInstant(),
                trigger,
                false,
                null,
                MONDAY_9AM);
    }

    static PrepEvent cancelled(MeetingRecord m) {
        return new PrepEvent(
                m.id(),
                m.revision(),
                PrepEvent.Kind.MEETING_CANCELLED,
                m.accountId(),
                m.type(),
                m.event().startInstant(),
                null,
                false,
                "The organiser cancelled the meeting.",
                MONDAY_9AM);
    }

    private MeetingRecord wednesday(int revision) {
        return fx.meeting("meeting-1", WEDNESDAY_10AM, revision);
    }

    private PrepRun run(String runId) {
        return fx.runs.find(runId).orElseThrow();
    }

    @Test
    void aMeetingThatNeedsPrepGetsARunWokenAtItsTrigger() {
        MeetingRecord m = wednesday(1);

        fx.coordinator.onEvent(requiresPrep(m, m.prepTrigger()));

        PrepRun r = run("meeting-1-r1");
        assertThat(r.step()).isEqualTo(PrepStep.WAIT_UNTIL_PREP_TIME);
        assertThat(r.status()).isEqualTo(RunStatus.SCHEDULED);
        assertThat(r.wakeAt()).isEqualTo(m.prepTrigger());
        assertThat(fx.wakeups.scheduled())
                .containsExactly(new Scheduled("meeting-1-r1", m.prepTrigger()));
    }

    @Test
    void theSameEventAppliedTwiceMakesOneRunAndOneWakeUp() {
        MeetingRecord m = wednesday(1);

        fx.coordinator.onEvent(requiresPrep(m, m.prepTrigger()));
        fx.clock.advance(Duration.ofMinutes(5));
        fx.coordinator.onEvent(requiresPrep(m, m.prepTrigger()));

        assertThat(fx.runs.forMeeting("meeting-1")).hasSize(1);
        assertThat(fx.wakeups.scheduled()).hasSize(1);
        assertThat(run("meeting-1-r1").createdAt()).isEqualTo(MONDAY_9AM);
    }

    @Test
    void aTriggerAtNightMovesToTheNextWorkingMorning() {
        MeetingRecord m = wednesday(1);
        Instant mondayElevenPm = Instant.parse("2026-03-03T04:00:00Z");

        fx.coordinator.onEvent(requiresPrep(m, mondayElevenPm));

        assertThat(run("meeting-1-r1").wakeAt()).isEqualTo(Instant.parse("2026-03-03T13:00:00Z"));
    }

    @Test
    void aTriggerAlreadyPastWakesTheRunNow() {
        MeetingRecord m = wednesday(1);

        fx.coordinator.onEvent(requiresPrep(m, MONDAY_9AM.minus(Duration.ofHours(3))));

        assertThat(run("meeting-1-r1").wakeAt()).isEqualTo(MONDAY_9AM);
        assertThat(fx.wakeups.pending("meeting-1-r1")).contains(MONDAY_9AM);
    }

    @Test
    void anEventForAMeetingNoLongerStoredMakesNoRun() {
        MeetingRecord m = wednesday(1);
        fx.meetings.remove(m.id());

        fx.coordinator.onEvent(requiresPrep(m, m.prepTrigger()));

        assertThat(fx.runs.forMeeting("meeting-1")).isEmpty();
        assertThat(fx.wakeups.scheduled()).isEmpty();
    }

    @Test
    void aMeetingTheUserSkipsGetsASkippedRunAndNoWakeUp() {
        MeetingRecord m = wednesday(1);
        fx.skippedMeetings.add(m.id());

        fx.coordinator.onEvent(requiresPrep(m, m.prepTrigger()));

        assertThat(run("meeting-1-r1").status()).isEqualTo(RunStatus.SKIPPED);
        assertThat(fx.wakeups.scheduled()).isEmpty();
    }

    @Test
    void aNewerRevisionStopsTheOlderRunItsWakeUpAndItsQna() {
        MeetingRecord m1 = wednesday(1);
        fx.coordinator.onEvent(requiresPrep(m1, m1.prepTrigger()));
        fx.chat.start("meeting-1-r1", PrepFixture.QUESTIONS);
        MeetingRecord m2 = fx.meeting("meeting-1", WEDNESDAY_10AM.plusSeconds(3600), 2);

        fx.coordinator.onEvent(requiresPrep(m2, m2.prepTrigger()));

        assertThat(run("meeting-1-r1").status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(run("meeting-1-r1").step()).isEqualTo(PrepStep.DONE);
        assertThat(fx.wakeups.pending("meeting-1-r1")).isEmpty();
        assertThat(fx.sessions.find("meeting-1-r1").orElseThrow().state())
                .isEqualTo(ChatState.CANCELLED);
        assertThat(run("meeting-1-r2").status()).isEqualTo(RunStatus.SCHEDULED);
        assertThat(fx.wakeups.pending("meeting-1-r2")).contains(m2.prepTrigger());
    }

    @Test
    void aMovedMeetingIsReplacedWithoutTellingTheUserItWasCancelled() {
        MeetingRecord m1 = wednesday(1);
        fx.runs.save(notified(fx.newRun(m1)));
        MeetingRecord m2 = fx.meeting("meeting-1", WEDNESDAY_10AM.plusSeconds(3600), 2);

        fx.coordinator.onEvent(requiresPrep(m2, m2.prepTrigger()));

        assertThat(run("meeting-1-r1").status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(fx.slack.sent(Purpose.MEETING_CANCELLED)).isEmpty();
    }

    @Test
    void anOlderRevisionArrivingLateLeavesTheNewerRunAlone() {
        MeetingRecord m2 = wednesday(2);
        fx.coordinator.onEvent(requiresPrep(m2, m2.prepTrigger()));
        MeetingRecord m1 =
                new MeetingRecord(
                        m2.id(),
                        m2.accountId(),
                        m2.event(),
                        "fp1",
                        1,
                        m2.type(),
                        m2.rule(),
                        m2.prepHoursBefore(),
                        m2.prepTrigger());

        fx.coordinator.onEvent(requiresPrep(m1, m1.prepTrigger()));

        assertThat(run("meeting-1-r2").status()).isEqualTo(RunStatus.SCHEDULED);
    }

    @Test
    void aCancelledMeetingTheUserWasAskedToPrepIsToldOnce() {
        MeetingRecord m = wednesday(1);
        fx.runs.save(notified(fx.newRun(m)));

        fx.coordinator.onEvent(cancelled(m));
        fx.coordinator.onEvent(cancelled(m));

        assertThat(run("meeting-1-r1").status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(fx.slack.sent(Purpose.MEETING_CANCELLED))
                .singleElement()
                .satisfies(
                        n ->
                                assertThat(n.headline())
                                        .isEqualTo(
                                                "1:1 Dana / Lee was cancelled - no prep needed"));
    }

    @Test
    void aCancelledMeetingTheUserWasNotYetAskedAboutIsStoppedSilently() {
        MeetingRecord m = wednesday(1);
        fx.coordinator.onEvent(requiresPrep(m, m.prepTrigger()));

        fx.coordinator.onEvent(cancelled(m));

        assertThat(run("meeting-1-r1").status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(fx.wakeups.pending("meeting-1-r1")).isEmpty();
        assertThat(fx.slack.sent()).isEmpty();
    }

    @Test
    void aCancellationLeavesAFinishedRunAsItEnded() {
        MeetingRecord m = wednesday(1);
        PrepRun done =
                notified(fx.newRun(m)).at(PrepStep.DONE, RunStatus.COMPLETED, null, MONDAY_9AM);
        fx.runs.save(done);

        fx.coordinator.onEvent(cancelled(m));

        assertThat(run("meeting-1-r1")).isEqualTo(done);
        assertThat(fx.slack.sent()).isEmpty();
    }

    @Test
    void aCancellationTheUserCannotBeToldAboutStillStopsTheRun() {
        MeetingRecord m = wednesday(1);
        fx.runs.save(notified(fx.newRun(m)));
        fx.slack.failing("Slack is unreachable.");

        fx.coordinator.onEvent(cancelled(m));

        assertThat(run("meeting-1-r1").status()).isEqualTo(RunStatus.CANCELLED);
    }

    @Test
    void finishingTheQnaWakesTheRunAtOnce() {
        MeetingRecord m = wednesday(1);
        PrepRun r = fx.driveTo(fx.newRun(m), PrepStep.WAIT_FOR_CHAT_COMPLETION);
        fx.clock.advance(Duration.ofMinutes(7));

        fx.chat.answer(r.runId(), "m1", "done");

        assertThat(fx.wakeups.pending(r.runId())).contains(fx.clock.instant());
    }

    @Test
    void unfinishedRunsAreTheOnesAnEngineReArms() {
        fx.coordinator.onEvent(requiresPrep(wednesday(1), WEDNESDAY_10AM.minusSeconds(86400)));
        MeetingRecord other = fx.meeting("meeting-2", WEDNESDAY_10AM, 1);
        fx.runs.save(fx.newRun(other).at(PrepStep.DONE, RunStatus.COMPLETED, null, MONDAY_9AM));

        assertThat(fx.coordinator.unfinishedRunIds()).containsExactly("meeting-1-r1");
    }

    /** The run as it stands once the user was sent the prep notification. */
    static PrepRun notified(PrepRun r) {
        return r.at(PrepStep.WAIT_FOR_CHAT_COMPLETION, RunStatus.ACTIVE, MONDAY_9AM, MONDAY_9AM)
                .withNotified(MONDAY_9AM, MONDAY_9AM.plus(Duration.ofHours(24)));
    }
}
