package com.execassistant.core.prep;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.chat.ChatSession;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.notify.Purpose;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An engine that crashes after a step's work but before storing the run executes the same step
 * again: the result must be the same and nothing may happen twice.
 */
class PrepWorkflowIdempotencyTest {

    private final PrepFixture fx = new PrepFixture();
    private final MeetingRecord meeting = fx.tomorrow();

    @AfterEach
    void close() {
        fx.close();
    }

    /** The run at {@code step}, at a moment when the step has work to do. */
    private PrepRun dueAt(PrepStep step) {
        PrepRun r = fx.driveTo(fx.newRun(meeting), step);
        fx.makeDue(r);
        return r;
    }

    @ParameterizedTest
    @EnumSource(
            value = PrepStep.class,
            names = {"DONE"},
            mode = EnumSource.Mode.EXCLUDE)
    void executingAStepTwiceGivesTheSameRun(PrepStep step) {
        PrepRun r = dueAt(step);

        PrepRun first = fx.workflow.execute(r);
        PrepRun second = fx.workflow.execute(r);

        assertThat(first.step()).isEqualTo(step.next());
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @CsvSource({
        "SEND_PREP_NOTIFICATION, PREP_START",
        "SEND_MATERIALS, MATERIALS_READY",
        "SEND_REMINDER, REMINDER"
    })
    void aNotificationStepExecutedTwiceNotifiesOnce(PrepStep step, Purpose purpose) {
        PrepRun r = dueAt(step);

        fx.workflow.execute(r);
        fx.workflow.execute(r);

        assertThat(fx.slack.sent(purpose)).hasSize(1);
    }

    @Test
    void thePrepNotificationExecutedTwiceKeepsTheAnswersGivenInBetween() {
        PrepRun r = dueAt(PrepStep.SEND_PREP_NOTIFICATION);
        fx.workflow.execute(r);
        fx.chat.answer(r.runId(), "m1", "Promotion case");

        fx.workflow.execute(r);

        ChatSession s = fx.session(r);
        assertThat(s.answers()).hasSize(1);
        assertThat(s.questions()).isEqualTo(PrepFixture.QUESTIONS);
    }

    @Test
    void aRunThatAlreadyHoldsItsContextDoesNotGatherAgain() {
        PrepRun r = dueAt(PrepStep.GATHER_CONTEXT);
        PrepRun gathered = fx.workflow.execute(r);
        PrepRun resumed = r.withContext(gathered.contextJson());

        PrepRun again = fx.workflow.execute(resumed);

        assertThat(fx.budget.calls()).isEqualTo(1);
        assertThat(again).isEqualTo(gathered);
    }

    @Test
    void materialsAlreadyStagedAreNotWrittenAgain() {
        PrepRun r = dueAt(PrepStep.GENERATE_MATERIALS);

        fx.workflow.execute(r);
        fx.workflow.execute(r);

        assertThat(fx.writer.requests()).hasSize(1);
    }

    @Test
    void storingTwicePublishesToOneLocation() {
        PrepRun r = dueAt(PrepStep.STORE_MATERIALS);

        PrepRun first = fx.workflow.execute(r);
        fx.workflow.execute(r);

        assertThat(fx.materials.published()).containsOnlyKeys(first.materialsLocation());
    }

    @Test
    void aTimedOutQnaIsTimedOutOnce() {
        PrepRun r = dueAt(PrepStep.WAIT_FOR_CHAT_COMPLETION);

        fx.workflow.execute(r);
        ChatSession afterFirst = fx.session(r);
        fx.workflow.execute(r);

        assertThat(fx.session(r)).isEqualTo(afterFirst);
    }

    @Test
    void aWholeRunCrashingAfterEveryStepNotifiesEachPurposeOnce() {
        PrepRun r = fx.newRun(meeting);
        for (int i = 0; i < 30 && !r.status().finished(); i++) {
            fx.makeDue(r);
            fx.workflow.execute(r); // the crash: this result is lost
            r = fx.execute(r);
        }

        assertThat(r.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(fx.slack.sent())
                .extracting(n -> n.purpose())
                .containsExactly(Purpose.PREP_START, Purpose.MATERIALS_READY, Purpose.REMINDER);
        assertThat(fx.writer.requests()).hasSize(1);
    }
}
