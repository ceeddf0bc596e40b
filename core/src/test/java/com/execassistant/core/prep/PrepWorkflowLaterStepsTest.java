package com.execassistant.core.prep;

import static com.execassistant.core.prep.PrepFixture.MONDAY_9AM;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.chat.ChatState;
import com.execassistant.core.context.ContextKind;
import com.execassistant.core.materials.MaterialsRequest;
import com.execassistant.core.materials.PrepAnswer;
import com.execassistant.core.materials.PrepOutcome;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.Purpose;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** From waiting for the Q&A to the reminder: each step's transition. */
class PrepWorkflowLaterStepsTest {

    private final PrepFixture fx = new PrepFixture();
    private final MeetingRecord meeting = fx.tomorrow();

    @AfterEach
    void close() {
        fx.close();
    }

    private PrepRun at(PrepStep step) {
        return fx.driveTo(fx.newRun(meeting), step);
    }

    @Test
    void anOpenQnaIsWaitedForUntilItsDeadline() {
        PrepRun r = at(PrepStep.WAIT_FOR_CHAT_COMPLETION);

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.step()).isEqualTo(PrepStep.WAIT_FOR_CHAT_COMPLETION);
        assertThat(next.status()).isEqualTo(RunStatus.ACTIVE);
        assertThat(next.wakeAt()).isEqualTo(r.chatDeadline());
        assertThat(fx.session(r).state()).isEqualTo(ChatState.CREATED);
    }

    @Test
    void aFinishedQnaLetsTheRunGoOnToTheMaterials() {
        PrepRun r = at(PrepStep.WAIT_FOR_CHAT_COMPLETION);
        fx.chat.answer(r.runId(), "m1", "Promotion case");
        fx.chat.answer(r.runId(), "m2", "done");

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.step()).isEqualTo(PrepStep.GENERATE_MATERIALS);
        assertThat(fx.session(r).state()).isEqualTo(ChatState.DONE_EARLY);
    }

    @Test
    void atItsDeadlineAnOpenQnaTimesOutAndTheRunGoesOn() {
        PrepRun r = at(PrepStep.WAIT_FOR_CHAT_COMPLETION);
        fx.chat.answer(r.runId(), "m1", "Promotion case");
        fx.clock.set(r.chatDeadline());

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.step()).isEqualTo(PrepStep.GENERATE_MATERIALS);
        assertThat(fx.session(r).state()).isEqualTo(ChatState.TIMED_OUT);
        assertThat(fx.session(r).answers()).hasSize(1);
    }

    @Test
    void theMaterialsAreWrittenFromTheContextAndTheAnswersAndStaged() {
        PrepRun r = at(PrepStep.WAIT_FOR_CHAT_COMPLETION);
        fx.chat.answer(r.runId(), "m1", "Promotion case");
        fx.chat.answer(r.runId(), "m2", "skip");
        fx.chat.answer(r.runId(), "m3", "Praise the launch");
        r = fx.driveTo(r, PrepStep.GENERATE_MATERIALS);

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.step()).isEqualTo(PrepStep.STORE_MATERIALS);
        assertThat(next.materialsWriter()).isEqualTo("template");
        assertThat(next.materialsMillis()).isEqualTo(RecordingWriter.TOOK.toMillis());
        assertThat(fx.materials.staged(r.runId())).isPresent();
        MaterialsRequest asked = fx.writer.requests().get(0);
        assertThat(asked.answers().outcome()).isEqualTo(PrepOutcome.COMPLETED);
        assertThat(asked.answers().answered())
                .extracting(PrepAnswer::answer)
                .containsExactly("Promotion case", "Praise the launch");
        assertThat(asked.context().section(ContextKind.BUDGET)).isPresent();
        assertThat(asked.prepQuestions()).isEqualTo(PrepFixture.QUESTIONS);
        assertThat(asked.displayZone()).isEqualTo(PrepFixture.NEW_YORK);
    }

    @Test
    void storingPublishesTheMaterialsAndKeepsWhereTheyAre() {
        PrepRun r = at(PrepStep.STORE_MATERIALS);

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.step()).isEqualTo(PrepStep.SEND_MATERIALS);
        assertThat(next.materialsLocation()).isEqualTo("materials/acct/meeting-1/meeting-1-r1");
        assertThat(next.materialsWriter()).isEqualTo("template");
        assertThat(fx.materials.published()).containsOnlyKeys(next.materialsLocation());
    }

    @Test
    void theMaterialsAreSentWithTheirFiles() {
        PrepRun r = at(PrepStep.SEND_MATERIALS);

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.step()).isEqualTo(PrepStep.WAIT_UNTIL_REMINDER);
        Notification sent = fx.slack.sent(Purpose.MATERIALS_READY).get(0);
        assertThat(sent.headline()).isEqualTo("Your materials for 1:1 Dana / Lee are ready");
        assertThat(sent.attachments())
                .containsExactly(
                        Path.of(r.materialsLocation(), "agenda.html"),
                        Path.of(r.materialsLocation(), "questions.md"),
                        Path.of(r.materialsLocation(), "notes.md"));
        assertThat(sent.actions()).containsExactly(Notification.Action.OPEN_MATERIALS);
    }

    @Test
    void beforeTheReminderTimeTheRunWaitsForIt() {
        PrepRun r = at(PrepStep.WAIT_UNTIL_REMINDER);
        fx.clock.set(MONDAY_9AM.plus(Duration.ofHours(1)));

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.step()).isEqualTo(PrepStep.WAIT_UNTIL_REMINDER);
        assertThat(next.status()).isEqualTo(RunStatus.ACTIVE);
        assertThat(next.wakeAt()).isEqualTo(fx.workflow.reminderTime(meeting));
    }

    @Test
    void atTheReminderTimeTheRunGoesOnToRemind() {
        PrepRun r = at(PrepStep.WAIT_UNTIL_REMINDER);
        fx.clock.set(fx.workflow.reminderTime(meeting));

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.step()).isEqualTo(PrepStep.SEND_REMINDER);
    }

    @Test
    void onceTheMeetingHasStartedTheRunCompletesWithoutAReminder() {
        PrepRun r = at(PrepStep.WAIT_UNTIL_REMINDER);
        fx.clock.set(meeting.event().startInstant().plusSeconds(60));

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.step()).isEqualTo(PrepStep.DONE);
        assertThat(next.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(fx.slack.sent(Purpose.REMINDER)).isEmpty();
    }

    @Test
    void theReminderPointsToTheMaterialsAndCompletesTheRun() {
        PrepRun r = at(PrepStep.SEND_REMINDER);

        PrepRun next = fx.workflow.execute(r);

        assertThat(next.step()).isEqualTo(PrepStep.DONE);
        assertThat(next.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(next.wakeAt()).isNull();
        Notification sent = fx.slack.sent(Purpose.REMINDER).get(0);
        assertThat(sent.headline())
                .isEqualTo("1:1 Dana / Lee starts soon - your materials are ready");
    }

    @Test
    void aCompletedRunStaysCompleted() {
        PrepRun done = at(PrepStep.DONE);

        PrepRun again = fx.workflow.execute(done);

        assertThat(again.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(fx.slack.sent()).hasSize(3);
    }
}
