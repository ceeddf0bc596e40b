package com.execassistant.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.config.ConfigLoader;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The shipped meeting types against realistic calendar entries (classify/meetings.csv). */
class MeetingClassifierTableTest {

    private static final MeetingClassifier CLASSIFIER =
            new MeetingClassifier(ConfigLoader.builtIn().load().meetingTypes());
    private static final Instant NOW = Instant.parse("2025-02-01T12:00:00Z");

    @ParameterizedTest(name = "[{index}] \"{0}\" with {2} people -> {5} ({6})")
    @CsvFileSource(resources = "/classify/meetings.csv", delimiterString = "|", numLinesToSkip = 1)
    void classifiesLikeTheTableSays(
            String title,
            String description,
            int people,
            int optional,
            int rooms,
            String expected,
            String why) {
        var event =
                Meetings.titled(title)
                        .description(description)
                        .people(people)
                        .optional(optional)
                        .rooms(rooms)
                        .build();

        Classification c = CLASSIFIER.classify(event, NOW);

        assertThat(c.type()).as(why + "; rule: " + c.rule()).isEqualTo(expected);
        assertThat(c.rule()).startsWith(expected + ": ");
        assertThat(c.prepNeeded()).isTrue();
    }
}
