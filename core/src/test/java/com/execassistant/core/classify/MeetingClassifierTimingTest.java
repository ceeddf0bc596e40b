package com.execassistant.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.config.ConfigLoader;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingClassifierTimingTest {

    private static final MeetingClassifier CLASSIFIER =
            new MeetingClassifier(ConfigLoader.builtIn().load().meetingTypes());
    private static final Instant START = Meetings.START.toInstant();

    @ParameterizedTest(name = "{0} -> prep {1} h before")
    @CsvSource({
        "Q3 QBR, 336, 25",
        "Leadership team weekly, 72, 12",
        "Staff meeting, 48, 20",
        "1:1 Alice / Bob, 24, 2",
        "SEV1 review, 2, 4",
        "Lunch, 24, 2"
    })
    void triggersPrepHoursBeforeTheStart(String title, int hours, int people) {
        Instant now = START.minus(Duration.ofDays(30));

        Classification c = CLASSIFIER.classify(Meetings.titled(title).people(people).build(), now);

        assertThat(c.prepHoursBefore()).isEqualTo(hours);
        assertThat(c.prepTriggerTime()).isEqualTo(START.minus(Duration.ofHours(hours)));
        assertThat(c.late()).isFalse();
    }

    @Test
    void triggersNowAndMarksLateWhenTheIdealStartHasPassed() {
        Instant now = START.minus(Duration.ofHours(5));

        Classification c = CLASSIFIER.classify(Meetings.titled("Q3 QBR").people(25).build(), now);

        assertThat(c.prepTriggerTime()).isEqualTo(now);
        assertThat(c.late()).isTrue();
        assertThat(c.prepNeeded()).isTrue();
    }

    @Test
    void isNotLateWhenTheIdealStartIsExactlyNow() {
        Instant now = START.minus(Duration.ofHours(24));

        Classification c = CLASSIFIER.classify(Meetings.titled("Lunch").people(2).build(), now);

        assertThat(c.prepTriggerTime()).isEqualTo(now);
        assertThat(c.late()).isFalse();
    }

    @Test
    void isLateOneSecondAfterTheIdealStart() {
        Instant now = START.minus(Duration.ofHours(24)).plusSeconds(1);

        Classification c = CLASSIFIER.classify(Meetings.titled("Lunch").people(2).build(), now);

        assertThat(c.prepTriggerTime()).isEqualTo(now);
        assertThat(c.late()).isTrue();
    }

    @Test
    void usesTheInstantOfTheEventsOwnTimeZone() {
        // 10:00 in New York is 14:00 UTC in March after the DST change on the 9th.
        Classification c =
                CLASSIFIER.classify(
                        Meetings.titled("SEV1 review").people(3).build(),
                        Instant.parse("2025-03-01T00:00:00Z"));

        assertThat(c.prepTriggerTime()).isEqualTo(Instant.parse("2025-03-10T12:00:00Z"));
    }
}
