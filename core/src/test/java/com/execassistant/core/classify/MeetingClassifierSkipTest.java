package com.execassistant.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.config.ConfigLoader;
import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.MeetingStatus;
import com.execassistant.core.meeting.ResponseStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Meetings that keep their type but are never prepped. */
class MeetingClassifierSkipTest {

    private static final MeetingClassifier CLASSIFIER =
            new MeetingClassifier(ConfigLoader.builtIn().load().meetingTypes());
    private static final Instant BEFORE = Meetings.START.toInstant().minus(Duration.ofDays(20));

    private static void assertSkipped(Classification c, SkipReason reason, String type) {
        assertThat(c.type()).isEqualTo(type);
        assertThat(c.prepNeeded()).isFalse();
        assertThat(c.skipReason()).isEqualTo(reason);
        assertThat(c.prepTriggerTime()).isNull();
        assertThat(c.late()).isFalse();
        assertThat(c.rule()).endsWith("; not prepped: " + reason.explanation());
    }

    @Test
    void cancelledMeetingIsNotPrepped() {
        var event = Meetings.titled("Q3 QBR").people(25).status(MeetingStatus.CANCELLED).build();

        assertSkipped(CLASSIFIER.classify(event, BEFORE), SkipReason.CANCELLED, "qbr");
    }

    @Test
    void meetingTheUserDeclinedIsNotPrepped() {
        var me = new Attendee("me@corp.example", "Me", ResponseStatus.DECLINED, false, false, true);
        var event = Meetings.titled("1:1 Me / Bob").people(1).attendee(me).build();

        assertSkipped(CLASSIFIER.classify(event, BEFORE), SkipReason.DECLINED, "one_on_one");
    }

    @Test
    void meetingSomeoneElseDeclinedIsStillPrepped() {
        var other =
                new Attendee(
                        "bob@corp.example", "Bob", ResponseStatus.DECLINED, false, false, false);
        var event = Meetings.titled("1:1 Me / Bob").people(1).attendee(other).build();

        Classification c = CLASSIFIER.classify(event, BEFORE);

        assertThat(c.type()).isEqualTo("one_on_one");
        assertThat(c.prepNeeded()).isTrue();
    }

    @Test
    void allDayEventIsNotPrepped() {
        var event = Meetings.titled("QBR week").people(-1).allDay().build();

        assertSkipped(CLASSIFIER.classify(event, BEFORE), SkipReason.ALL_DAY, "qbr");
    }

    @Test
    void meetingThatHasStartedIsNotPrepped() {
        Instant tenMinutesIn = Meetings.START.toInstant().plus(Duration.ofMinutes(10));

        var c = CLASSIFIER.classify(Meetings.titled("Lunch").people(2).build(), tenMinutesIn);

        assertSkipped(c, SkipReason.ALREADY_STARTED, "default");
    }

    @Test
    void meetingStartingRightNowIsNotPrepped() {
        var c =
                CLASSIFIER.classify(
                        Meetings.titled("Lunch").people(2).build(), Meetings.START.toInstant());

        assertSkipped(c, SkipReason.ALREADY_STARTED, "default");
    }

    @Test
    void cancellationIsReportedBeforeOtherReasons() {
        var event =
                Meetings.titled("Offsite")
                        .people(3)
                        .allDay()
                        .status(MeetingStatus.CANCELLED)
                        .build();

        assertThat(CLASSIFIER.classify(event, BEFORE).skipReason()).isEqualTo(SkipReason.CANCELLED);
    }
}
