package com.execassistant.desktop.prep;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.chat.ChatState;
import com.execassistant.core.notify.slack.FakeSlackWeb;
import com.execassistant.core.notify.slack.SlackNotifier;
import com.execassistant.core.notify.slack.SlackWeb;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepStep;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prep Q&A left unanswered: after 24 hours the run goes on without answers and the materials
 * say so; the wait never outlasts the final reminder.
 */
class PrepScenarioChatTimeoutTest {

    /** Friday 6 March 2026, 09:00 in New York: a leadership meeting, prepped 72 h before. */
    private static final Instant FRIDAY_9AM = ScenarioKit.local("2026-03-06T09:00");

    @TempDir Path dir;
    private PrepFixture f;
    private final FakeSlackWeb slack = new FakeSlackWeb();
    private PrepRuntime rt;

    @AfterEach
    void stop() {
        f.close();
        slack.close();
    }

    private PrepRun notifiedAbout(
            com.execassistant.core.meeting.CalendarEvent meeting, String externalId)
            throws InterruptedException {
        f = new PrepFixture(dir);
        SlackNotifier slackChannel = new SlackNotifier(new SlackWeb(slack.settings()));
        f.calendar.put(meeting);
        f.sync();
        rt = f.start(() -> List.of(slackChannel), null);
        return ScenarioKit.driveUntil(f, externalId, ScenarioKit::waitingForAnswers);
    }

    private static com.execassistant.core.meeting.CalendarEvent leadership() {
        return ScenarioKit.meeting("lt", "Leadership team meeting", FRIDAY_9AM, 60, 10);
    }

    @Test
    void withNoAnswerIn24HoursTheMaterialsAreMadeWithoutAnswersAndSaySo() throws Exception {
        PrepRun notified = notifiedAbout(leadership(), "lt");
        assertThat(notified.meetingType()).isEqualTo("leadership_meeting");
        assertThat(notified.chatDeadline())
                .isEqualTo(notified.notifiedAt().plus(Duration.ofHours(24)));

        f.clock.set(notified.chatDeadline());
        PrepRun ready = f.await("lt", r -> r.step() == PrepStep.WAIT_UNTIL_REMINDER);

        assertThat(rt.chat().find(ready.runId()).orElseThrow().state())
                .isEqualTo(ChatState.TIMED_OUT);
        assertThat(ScenarioKit.read(ready, "agenda.html"))
                .contains("No prep answers: the prep questions were not answered in time");
        assertThat(ScenarioKit.read(ready, "questions.md")).contains("No prep answers");
    }

    @Test
    void answersGivenBeforeTheTimeoutAreKeptAndTheMaterialsSayPrepWasNotFinished()
            throws Exception {
        PrepRun notified = notifiedAbout(leadership(), "lt");
        rt.chat().answer(notified.runId(), "msg-1", "Agree the hiring freeze exceptions");

        f.clock.set(notified.chatDeadline());
        PrepRun ready = f.await("lt", r -> r.step() == PrepStep.WAIT_UNTIL_REMINDER);

        String agenda = ScenarioKit.read(ready, "agenda.html");
        assertThat(agenda)
                .contains("Prep was not finished in time: 1 of 5 questions answered.")
                .contains("Agree the hiring freeze exceptions")
                .doesNotContain("No prep answers");
    }

    @Test
    void theWaitForAnswersEndsAtTheReminderWhenThatComesFirst() throws Exception {
        Instant wednesday = PrepFixture.MONDAY_9AM.plus(Duration.ofDays(2));
        PrepRun notified = notifiedAbout(PrepFixture.oneOnOne("m1", wednesday), "m1");

        // Notified 24 h before a 1:1 whose reminder is 2 h before: 22 h to answer, not 24.
        assertThat(notified.chatDeadline()).isEqualTo(wednesday.minus(Duration.ofHours(2)));
    }
}
