package com.execassistant.desktop.prep;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.notify.slack.FakeSlackWeb;
import com.execassistant.core.notify.slack.SlackNotifier;
import com.execassistant.core.notify.slack.SlackWeb;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.RunStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Triggers outside working hours (New York office hours, Monday to Friday 08:00-18:00) in real
 * runs: the run is scheduled at the moved time, never after the meeting, and the prep message goes
 * out then and not at the raw trigger.
 */
class PrepScenarioWorkingHoursTest {

    @TempDir Path dir;
    private PrepFixture f;
    private final FakeSlackWeb slack = new FakeSlackWeb();

    @AfterEach
    void stop() {
        f.close();
        slack.close();
    }

    private PrepRun scheduledFor(CalendarEvent meeting) {
        f = new PrepFixture(dir);
        SlackNotifier slackChannel = new SlackNotifier(new SlackWeb(slack.settings()));
        f.calendar.put(meeting);
        f.sync();
        f.start(() -> List.of(slackChannel), null);
        return f.run(meeting.externalId());
    }

    private static CalendarEvent incidentReview(Instant start) {
        return ScenarioKit.meeting("ir", "Incident review: checkout outage", start, 60, 4);
    }

    private static CalendarEvent oneOnOne(Instant start) {
        return PrepFixture.oneOnOne("ir", start);
    }

    @ParameterizedTest(name = "{0}: meeting {2} -> prep at {3}")
    @CsvSource({
        "night trigger (06:30) moves to the morning,  incident, 2026-03-03T08:30, 2026-03-03T08:00",
        "morning comes too late so the evening before, incident, 2026-03-03T07:30, 2026-03-02T17:59",
        "Sunday trigger moves to Monday morning,      1:1,      2026-03-09T10:00, 2026-03-09T08:00",
        "Saturday trigger for Sunday goes to Friday,  1:1,      2026-03-08T11:00, 2026-03-06T17:59",
        "a trigger in working hours stays,            1:1,      2026-03-05T10:00, 2026-03-04T10:00",
    })
    void theRunIsScheduledInsideWorkingHoursAndBeforeTheMeeting(
            String why, String type, String meeting, String expected) {
        Instant start = ScenarioKit.local(meeting);
        PrepRun run =
                scheduledFor(type.equals("incident") ? incidentReview(start) : oneOnOne(start));

        assertThat(run.meetingType())
                .isEqualTo(type.equals("incident") ? "incident_review" : "one_on_one");
        assertThat(run.status()).isEqualTo(RunStatus.SCHEDULED);
        assertThat(run.wakeAt()).as(why).isEqualTo(ScenarioKit.local(expected));
        assertThat(run.wakeAt()).isBefore(start);
    }

    @Test
    void thePrepMessageForANightTriggerGoesOutAtTheStartOfTheWorkingDay() throws Exception {
        Instant start = ScenarioKit.local("2026-03-03T09:30");
        PrepRun scheduled = scheduledFor(incidentReview(start));
        Instant eight = ScenarioKit.local("2026-03-03T08:00");
        assertThat(scheduled.wakeAt()).isEqualTo(eight);

        PrepRun notified = ScenarioKit.driveUntil(f, "ir", ScenarioKit::waitingForAnswers);

        assertThat(notified.notifiedAt()).isEqualTo(eight);
        assertThat(notified.dueAt()).isEqualTo(eight);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
    }
}
