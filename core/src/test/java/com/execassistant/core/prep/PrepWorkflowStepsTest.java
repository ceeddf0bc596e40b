package com.execassistant.core.prep;

import static com.execassistant.core.prep.PrepFixture.MONDAY_9AM;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.chat.ChatService;
import com.execassistant.core.chat.ChatState;
import com.execassistant.core.context.ContextBundle;
import com.execassistant.core.context.ContextKind;
import com.execassistant.core.meeting.MeetingStatus;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.Purpose;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The first steps, up to the prep notification: each step's transition. */
class PrepWorkflowStepsTest {

    private final PrepFixture fx = new PrepFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    private PrepRun waitingUntil(MeetingRecord m, Instant wake) {
        PrepRun r = PrepRun.scheduled(m.id(), 1, "acct", m.type(), wake, MONDAY_9AM);
        fx.runs.save(r);
        return r;
    }

    @Test
    void beforeItsPrepTimeTheRunKeepsWaiting() {
        PrepRun r = waitingUntil(fx.tomorrow(), MONDAY_9AM.plusSeconds(3600));

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.step()).isEqualTo(PrepStep.WAIT_UNTIL_PREP_TIME);
        assertThat(next.status()).isEqualTo(RunStatus.SCHEDULED);
        assertThat(next.wakeAt()).isEqualTo(MONDAY_9AM.plusSeconds(3600));
    }

    @Test
    void atItsPrepTimeTheRunLoadsTheMeetingAndRecordsWhenPrepWasDue() {
        Instant prepTime = MONDAY_9AM.plusSeconds(3600);
        PrepRun r = waitingUntil(fx.tomorrow(), prepTime);
        fx.clock.set(prepTime.plusSeconds(300)); // the engine woke a little late

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.step()).isEqualTo(PrepStep.LOAD_MEETING);
        assertThat(next.status()).isEqualTo(RunStatus.ACTIVE);
        assertThat(next.wakeAt()).isEqualTo(fx.clock.instant());
        assertThat(next.dueAt()).isEqualTo(prepTime);
    }

    @Test
    void aRunCreatedAfterItsTriggerWasDueWhenItWasCreated() {
        PrepRun r = waitingUntil(fx.tomorrow(), MONDAY_9AM.minusSeconds(7200));

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.dueAt()).isEqualTo(MONDAY_9AM);
    }

    @Test
    void loadingTheCurrentRevisionOfAFutureMeetingGoesOnToGatherContext() {
        PrepRun r = fx.driveTo(fx.newRun(fx.tomorrow()), PrepStep.LOAD_MEETING);

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.step()).isEqualTo(PrepStep.GATHER_CONTEXT);
        assertThat(next.status()).isEqualTo(RunStatus.ACTIVE);
    }

    @Test
    void loadingAMeetingThatMovedSinceCancelsTheRunOfTheOlderRevision() {
        MeetingRecord m = fx.tomorrow();
        PrepRun r = fx.driveTo(fx.newRun(m), PrepStep.LOAD_MEETING);
        fx.meeting(m.id(), m.event().startInstant().plusSeconds(3600), 2);

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.step()).isEqualTo(PrepStep.DONE);
        assertThat(next.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(fx.slack.sent()).isEmpty();
    }

    @Test
    void loadingAMeetingThatHasStartedCancelsTheRun() {
        MeetingRecord m = fx.tomorrow();
        PrepRun r = fx.driveTo(fx.newRun(m), PrepStep.LOAD_MEETING);
        fx.clock.set(m.event().startInstant());

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.step()).isEqualTo(PrepStep.DONE);
        assertThat(next.status()).isEqualTo(RunStatus.CANCELLED);
    }

    @Test
    void loadingACancelledMeetingCancelsTheRun() {
        MeetingRecord m = fx.tomorrow();
        PrepRun r = fx.driveTo(fx.newRun(m), PrepStep.LOAD_MEETING);
        fx.meetings.put(
                new MeetingRecord(
                        m.id(),
                        m.accountId(),
                        m.event().withStatus(MeetingStatus.CANCELLED),
                        m.fingerprint(),
                        m.revision(),
                        m.type(),
                        m.rule(),
                        m.prepHoursBefore(),
                        m.prepTrigger()));

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.status()).isEqualTo(RunStatus.CANCELLED);
    }

    @Test
    void gatheringKeepsTheContextWithTheRun() {
        PrepRun r = fx.driveTo(fx.newRun(fx.tomorrow()), PrepStep.GATHER_CONTEXT);

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.step()).isEqualTo(PrepStep.SEND_PREP_NOTIFICATION);
        ContextBundle bundle = ContextJson.read(next.contextJson());
        assertThat(bundle.section(ContextKind.BUDGET).orElseThrow().summary())
                .isEqualTo(CountingBudgetSource.SUMMARY);
        assertThat(fx.budget.calls()).isEqualTo(1);
    }

    @Test
    void thePrepNotificationOpensTheQnaWithTheTypesQuestionsAndSummarisesTheContext() {
        PrepRun r = fx.driveTo(fx.newRun(fx.tomorrow()), PrepStep.SEND_PREP_NOTIFICATION);

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.step()).isEqualTo(PrepStep.WAIT_FOR_CHAT_COMPLETION);
        assertThat(next.notifiedAt()).isEqualTo(MONDAY_9AM);
        assertThat(fx.session(r).questions()).isEqualTo(PrepFixture.QUESTIONS);
        assertThat(fx.session(r).state()).isEqualTo(ChatState.CREATED);
        Notification sent = fx.slack.sent(Purpose.PREP_START).get(0);
        assertThat(sent.headline()).isEqualTo("Time to prep: 1:1 Dana / Lee");
        assertThat(sent.summary()).isEqualTo("Budget: " + CountingBudgetSource.SUMMARY);
        assertThat(sent.actions())
                .containsExactly(
                        Notification.Action.START_PREP,
                        Notification.Action.SNOOZE,
                        Notification.Action.SKIP);
    }

    @Test
    void theQnaWaitsTheChatTimeoutWhenTheReminderIsLater() {
        MeetingRecord m = fx.meeting("meeting-1", MONDAY_9AM.plus(Duration.ofDays(3)), 1);
        PrepRun r = fx.driveTo(fx.newRun(m), PrepStep.SEND_PREP_NOTIFICATION);

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.chatDeadline()).isEqualTo(MONDAY_9AM.plus(Duration.ofHours(24)));
    }

    @Test
    void theQnaDeadlineIsCappedAtTheReminderTime() {
        MeetingRecord m = fx.tomorrow();
        PrepRun r = fx.driveTo(fx.newRun(m), PrepStep.SEND_PREP_NOTIFICATION);

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.chatDeadline())
                .isEqualTo(m.event().startInstant().minus(Duration.ofHours(2)))
                .isEqualTo(fx.workflow.reminderTime(m));
    }

    @Test
    void whenTheReminderTimeHasPassedTheQnaDeadlineIsNow() {
        MeetingRecord m = fx.meeting("meeting-1", MONDAY_9AM.plus(Duration.ofMinutes(90)), 1);
        PrepRun r = fx.driveTo(fx.newRun(m), PrepStep.SEND_PREP_NOTIFICATION);

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.chatDeadline()).isEqualTo(MONDAY_9AM);
        assertThat(ChatService.answersOf(fx.session(r)).answers()).isEmpty();
    }
}
