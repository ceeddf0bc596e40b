package com.execassistant.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.context.ContextKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The files in config/ load cleanly and say what the product promises. */
class ShippedConfigurationTest {

    private static final Configuration CONFIG = ConfigLoader.builtIn().load();

    @Test
    void loadsWithoutWarnings() {
        assertThat(CONFIG.warnings()).isEmpty();
    }

    @Test
    void listsTheSeedTypesInPrecedenceOrder() {
        assertThat(CONFIG.meetingTypes().types())
                .extracting(MeetingType::name)
                .containsExactly(
                        "incident_review",
                        "qbr",
                        "leadership_meeting",
                        "staff_meeting",
                        "one_on_one",
                        "default");
    }

    @Test
    void givesEachTypeTheSeedsPrepLeadTime() {
        Map<String, Integer> hours =
                CONFIG.meetingTypes().types().stream()
                        .collect(Collectors.toMap(MeetingType::name, MeetingType::prepHoursBefore));

        assertThat(hours)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(
                                "leadership_meeting", 72,
                                "one_on_one", 24,
                                "qbr", 336,
                                "staff_meeting", 48,
                                "incident_review", 2,
                                "default", 24));
    }

    @Test
    void keepsTheSeedsAttendeeRules() {
        MeetingTypes types = CONFIG.meetingTypes();

        assertThat(types.byName("leadership_meeting").orElseThrow().attendees())
                .isEqualTo(new AttendeeBounds(10, Integer.MAX_VALUE));
        assertThat(types.byName("one_on_one").orElseThrow().attendees())
                .isEqualTo(new AttendeeBounds(2, 2));
        assertThat(types.byName("qbr").orElseThrow().attendees().min()).isEqualTo(20);
        assertThat(types.byName("staff_meeting").orElseThrow().attendees().min()).isEqualTo(15);
        assertThat(types.byName("incident_review").orElseThrow().attendees().isAny()).isTrue();
    }

    @Test
    void givesEveryTypeThreeToFiveQuestionsAndAReminder() {
        for (MeetingType type : CONFIG.meetingTypes().types()) {
            assertThat(type.prepQuestions()).as(type.name()).hasSizeBetween(3, 5);
            assertThat(type.reminderHoursBefore())
                    .as(type.name())
                    .isBetween(0, type.prepHoursBefore());
        }
    }

    @Test
    void leadershipMeetingGathersEveryContextKind() {
        assertThat(
                        CONFIG.meetingTypes()
                                .byName("leadership_meeting")
                                .orElseThrow()
                                .contextRequired())
                .containsExactly(ContextKind.values());
    }

    @Test
    void syncsFourteenDaysAheadAndOneBehindEveryTwoHours() {
        CalendarSettings.Sync sync = CONFIG.calendar().sync();

        assertThat(sync.daysAhead()).isEqualTo(14);
        assertThat(sync.daysBehind()).isEqualTo(1);
        assertThat(sync.interval()).isEqualTo(Duration.ofHours(2));
        assertThat(CONFIG.calendar().rateLimits().requestsPerMinute()).isEqualTo(100);
    }

    @Test
    void pointsGoogleAtItsRealEndpointsWithReadOnlyScope() {
        CalendarSettings.Google google = CONFIG.calendar().google();

        assertThat(google.apiRootUrl()).hasToString("https://www.googleapis.com/");
        assertThat(google.tokenUrl()).hasToString("https://oauth2.googleapis.com/token");
        assertThat(google.scopes())
                .containsExactly("https://www.googleapis.com/auth/calendar.readonly");
        assertThat(google.calendarIds()).isEmpty();
        assertThat(CONFIG.calendar().retry().maxAttempts()).isGreaterThan(1);
    }

    @Test
    void jarCarriesTheFilesOfTheConfigFolder() throws IOException {
        // Tests run in core/, next to the repository's config/ folder.
        for (String name : new String[] {"meeting_types.yaml", "calendar.yaml"}) {
            Path source = Path.of("..", "config", name);
            try (InputStream in =
                    getClass().getClassLoader().getResourceAsStream("config/" + name)) {
                assertThat(in).as(name).isNotNull();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo(Files.readString(source));
            }
        }
    }
}
