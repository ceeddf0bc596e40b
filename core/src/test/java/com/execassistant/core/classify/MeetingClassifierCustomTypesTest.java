package com.execassistant.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.config.ConfigLoader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Rules a user can write that the shipped file does not use. */
class MeetingClassifierCustomTypesTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private static final String QUESTIONS = "    prep_questions: [\"A?\", \"B?\", \"C?\"]\n";

    private static MeetingClassifier classifier(String types) {
        return new MeetingClassifier(
                ConfigLoader.meetingTypesFromYaml(
                        "test.yaml",
                        "meeting_types:\n"
                                + types
                                + "  default:\n    prep_hours_before: 24\n"
                                + QUESTIONS));
    }

    @Test
    void typeWithoutKeywordsMatchesOnAttendeesAlone() {
        var classifier =
                classifier(
                        "  pair:\n    attendee_count: 2\n    prep_hours_before: 12\n" + QUESTIONS);

        Classification c = classifier.classify(Meetings.titled("Bob / Ann").people(2).build(), NOW);

        assertThat(c.type()).isEqualTo("pair");
        assertThat(c.rule()).isEqualTo("pair: 2 people (exactly 2 required), no keyword needed");
    }

    @Test
    void typeWithoutKeywordsNeverMatchesWithoutAGuestList() {
        var classifier =
                classifier(
                        "  pair:\n    attendee_count: 2\n    prep_hours_before: 12\n" + QUESTIONS);

        assertThat(classifier.classify(Meetings.titled("Bob / Ann").people(-1).build(), NOW).type())
                .isEqualTo("default");
    }

    @Test
    void earlierTypeInTheFileWinsWhenBothMatch() {
        var classifier =
                classifier(
                        "  board:\n    keywords: [board]\n    prep_hours_before: 100\n"
                                + QUESTIONS
                                + "  review:\n    keywords: [review]\n    prep_hours_before: 5\n"
                                + QUESTIONS);

        assertThat(
                        classifier
                                .classify(
                                        Meetings.titled("Review of board deck").people(4).build(),
                                        NOW)
                                .type())
                .isEqualTo("board");
    }

    @Test
    void maximumAttendeeRuleExcludesLargerMeetings() {
        var classifier =
                classifier(
                        "  huddle:\n    keywords: [huddle]\n    required_attendees_max: 4\n"
                                + "    prep_hours_before: 1\n"
                                + QUESTIONS);

        assertThat(classifier.classify(Meetings.titled("Huddle").people(4).build(), NOW).type())
                .isEqualTo("huddle");
        assertThat(classifier.classify(Meetings.titled("Huddle").people(5).build(), NOW).type())
                .isEqualTo("default");
    }

    @Test
    void readsOnlyTheStartOfALongDescription() {
        var classifier =
                classifier(
                        "  board:\n    keywords: [board]\n    prep_hours_before: 100\n"
                                + QUESTIONS);
        String filler = "x ".repeat(MeetingClassifier.DESCRIPTION_CHARS_READ / 2);

        var early = Meetings.titled("Sync").description("board " + filler).people(3).build();
        var late = Meetings.titled("Sync").description(filler + " board").people(3).build();

        assertThat(classifier.classify(early, NOW).type()).isEqualTo("board");
        assertThat(classifier.classify(late, NOW).type()).isEqualTo("default");
    }
}
