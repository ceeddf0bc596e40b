package com.execassistant.core.prep;

import static com.execassistant.core.prep.PrepFixture.MONDAY_9AM;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.chat.ChatState;
import com.execassistant.core.materials.PrepAnswer;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.notify.Notification.Action;
import com.execassistant.core.prep.RecordingReplies.Reply;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Buttons and chat messages from the user, as an inbound channel delivers them. */
class PrepUserActionsTest {

    static final String USER = "U123";

    private final PrepFixture fx = new PrepFixture();
    private final RecordingReplies replies = new RecordingReplies();
    private final PrepUserActions actions =
            new PrepUserActions(fx.runs, fx.chat, fx.coordinator, replies);

    @AfterEach
    void close() {
        fx.close();
    }

    private PrepRun askedAbout(MeetingRecord m) {
        return fx.driveTo(fx.newRun(m), PrepStep.WAIT_FOR_CHAT_COMPLETION);
    }

    private PrepRun stored(PrepRun r) {
        return fx.runs.find(r.runId()).orElseThrow();
    }

    @Test
    void startPrepPostsTheQuestionWaitingForAnAnswer() {
        PrepRun r = askedAbout(fx.tomorrow());
        fx.chat.answer(r.runId(), "m1", "Promotion case");

        actions.onAction(r.runId(), Action.START_PREP, USER);

        assertThat(replies.all())
                .containsExactly(
                        new Reply(USER, "Question 2 of 3: Anything blocking your report?"));
    }

    @Test
    void startPrepBeforeTheQnaExistsSaysItHasNotStarted() {
        PrepRun r = fx.newRun(fx.tomorrow());

        actions.onAction(r.runId(), Action.START_PREP, USER);

        assertThat(replies.texts()).containsExactly("This prep has not started yet.");
    }

    @Test
    void aButtonForARunThatIsGoneSaysSo() {
        actions.onAction("meeting-9-r1", Action.START_PREP, USER);

        assertThat(replies.texts()).containsExactly("That prep is no longer around.");
    }

    @Test
    void aMessageAnswersTheOpenQnaAndTheNextQuestionIsPosted() {
        PrepRun r = askedAbout(fx.tomorrow());

        actions.onMessage("D1", "m1", "Promotion case", USER);

        assertThat(fx.session(r).answers())
                .containsExactly(
                        PrepAnswer.answered(PrepFixture.QUESTIONS.get(0), "Promotion case"));
        assertThat(replies.all())
                .containsExactly(
                        new Reply(USER, "Question 2 of 3: Anything blocking your report?"));
    }

    @Test
    void aMessageGoesToTheQnaAskedMostRecently() {
        PrepRun first = askedAbout(fx.tomorrow());
        fx.clock.advance(Duration.ofMinutes(10));
        PrepRun second =
                askedAbout(fx.meeting("meeting-2", MONDAY_9AM.plus(Duration.ofDays(2)), 1));

        actions.onMessage("D1", "m1", "Budget first", USER);

        assertThat(fx.session(second).answers()).hasSize(1);
        assertThat(fx.session(first).answers()).isEmpty();
    }

    @Test
    void afterStartPrepMessagesAnswerThatMeetingsQna() {
        PrepRun first = askedAbout(fx.tomorrow());
        fx.clock.advance(Duration.ofMinutes(10));
        PrepRun second =
                askedAbout(fx.meeting("meeting-2", MONDAY_9AM.plus(Duration.ofDays(2)), 1));
        fx.clock.advance(Duration.ofMinutes(1));

        actions.onAction(first.runId(), Action.START_PREP, USER);
        actions.onMessage("D1", "m1", "Promotion case", USER);

        assertThat(fx.session(first).answers()).hasSize(1);
        assertThat(fx.session(second).answers()).isEmpty();
        assertThat(replies.texts())
                .containsExactly(
                        "Question 1 of 3: What are your top 3 priorities?",
                        "Question 2 of 3: Anything blocking your report?");
    }

    @Test
    void aMessageWithNoQnaOpenGetsAPlainReply() {
        fx.newRun(fx.tomorrow());

        actions.onMessage("D1", "m1", "Hello?", USER);

        assertThat(replies.texts())
                .containsExactly("There is no prep waiting for answers right now.");
    }

    @Test
    void aMessageAfterTheQnaEndedGetsAPlainReply() {
        PrepRun r = askedAbout(fx.tomorrow());
        fx.chat.answer(r.runId(), "m1", "done");

        actions.onMessage("D1", "m2", "One more thing", USER);

        assertThat(replies.texts())
                .containsExactly("There is no prep waiting for answers right now.");
    }

    @Test
    void aMessageDeliveredTwiceIsAnsweredOnce() {
        PrepRun r = askedAbout(fx.tomorrow());

        actions.onMessage("D1", "m1", "Promotion case", USER);
        actions.onMessage("D1", "m1", "Promotion case", USER);

        assertThat(fx.session(r).answers()).hasSize(1);
        assertThat(replies.all()).hasSize(1);
    }

    @Test
    void theLastAnswerClosesTheQnaAndWakesTheRun() {
        PrepRun r = askedAbout(fx.tomorrow());
        fx.clock.advance(Duration.ofMinutes(3));

        actions.onMessage("D1", "m1", "Promotion case", USER);
        actions.onMessage("D1", "m2", "skip", USER);
        actions.onMessage("D1", "m3", "Praise the launch", USER);

        assertThat(fx.session(r).state()).isEqualTo(ChatState.COMPLETED);
        assertThat(replies.texts())
                .last()
                .isEqualTo("Thanks - that's everything. Your materials are being prepared.");
        assertThat(fx.wakeups.pending(r.runId())).contains(fx.clock.instant());
    }

    @Test
    void skipStopsThePrepAndSaysSo() {
        PrepRun r = askedAbout(fx.tomorrow());

        actions.onAction(r.runId(), Action.SKIP, USER);

        assertThat(stored(r).status()).isEqualTo(RunStatus.SKIPPED);
        assertThat(fx.session(r).state()).isEqualTo(ChatState.CANCELLED);
        assertThat(replies.texts()).containsExactly("OK - no prep for this meeting.");
    }

    @Test
    void snoozeLeavesTheRunAndPromisesTheReminder() {
        PrepRun r = askedAbout(fx.tomorrow());

        actions.onAction(r.runId(), Action.SNOOZE, USER);

        assertThat(stored(r)).isEqualTo(r);
        assertThat(replies.texts())
                .containsExactly(
                        "OK - I'll nudge you again with the final reminder before the meeting.");
    }

    @Test
    void quickPrepWakesTheRunNow() {
        PrepRun r = fx.newRun(fx.tomorrow());
        fx.runs.save(r.waitUntil(MONDAY_9AM.plus(Duration.ofHours(5)), MONDAY_9AM));

        actions.onAction(r.runId(), Action.QUICK_PREP, USER);

        assertThat(stored(r).wakeAt()).isEqualTo(MONDAY_9AM);
        assertThat(fx.wakeups.pending(r.runId())).contains(MONDAY_9AM);
        assertThat(replies.texts()).containsExactly("Starting a quick prep now.");
    }

    @Test
    void openMaterialsSaysWhereTheyAreOnceStored() {
        PrepRun r = fx.driveTo(fx.newRun(fx.tomorrow()), PrepStep.SEND_MATERIALS);

        actions.onAction(r.runId(), Action.OPEN_MATERIALS, USER);

        assertThat(replies.texts())
                .containsExactly("Your materials are in materials/acct/meeting-1/meeting-1-r1");
    }

    @Test
    void openMaterialsBeforeTheyExistSaysTheyAreNotReady() {
        PrepRun r = askedAbout(fx.tomorrow());

        actions.onAction(r.runId(), Action.OPEN_MATERIALS, USER);

        assertThat(replies.texts()).containsExactly("The materials are not ready yet.");
    }
}
