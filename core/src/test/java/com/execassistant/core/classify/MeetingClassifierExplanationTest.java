package com.execassistant.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.config.ConfigLoader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every classification says which rule, which keyword and which count decided it. */
class MeetingClassifierExplanationTest {

    private static final MeetingClassifier CLASSIFIER =
            new MeetingClassifier(ConfigLoader.builtIn().load().meetingTypes());
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    private static String rule(Meetings meeting) {
        return CLASSIFIER.classify(meeting.build(), NOW).rule();
    }

    @Test
    void namesTheKeywordTheTextAndTheCount() {
        assertThat(rule(Meetings.titled("Weekly 1on1 with Priya").people(2)))
                .isEqualTo("one_on_one: title keyword \"1on1\", 2 people (exactly 2 required)");
        assertThat(rule(Meetings.titled("Q3 QBRs").people(25)))
                .isEqualTo(
                        "qbr: title keyword \"QBR\" (found \"QBRs\"), 25 people (at least 20"
                                + " required)");
    }

    @Test
    void saysWhenTheKeywordWasFoundInTheDescription() {
        assertThat(rule(Meetings.titled("Weekly sync").description("RCA for SEV-2").people(6)))
                .isEqualTo("incident_review: description keyword \"RCA\", 6 people");
    }

    @Test
    void explainsANearMissThatFellBackToDefault() {
        assertThat(rule(Meetings.titled("Leadership offsite logistics").people(3)))
                .isEqualTo(
                        "default: title keyword \"leadership\" of"
                                + " leadership_meeting, but 3 people (at least 10 required)");
    }

    @Test
    void saysThatAttendeeRulesWereSkippedWithoutAGuestList() {
        assertThat(rule(Meetings.titled("QBR").people(-1)))
                .isEqualTo(
                        "qbr: title keyword \"QBR\", no guest list, so the attendee rule (at least"
                                + " 20) was skipped");
    }

    @Test
    void saysWhenNothingMatched() {
        assertThat(rule(Meetings.titled("Lunch").people(1)))
                .isEqualTo("default: no other type matched the title or description, 1 person");
    }
}
