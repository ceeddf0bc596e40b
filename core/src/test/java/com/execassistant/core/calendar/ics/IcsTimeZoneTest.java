package com.execassistant.core.calendar.ics;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.meeting.CalendarEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which zone places each time: TZID, VTIMEZONE, Windows names, X-WR-TIMEZONE, the default. */
class IcsTimeZoneTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    outlook-eastern                | outlook-timezones.ics           | 2026-03-02T14:00:00Z | America/New_York
                    windows-name-without-vtimezone | outlook-timezones.ics           | 2026-03-10T10:00:00Z | Europe/Berlin
                    prefixed-tzid                  | outlook-timezones.ics           | 2026-03-11T16:00:00Z | Europe/London
                    floating-breakfast             | calendar-zone.ics               | 2026-03-10T08:00:00Z | Europe/Paris
                    utc-call                       | calendar-zone.ics               | 2026-03-10T15:00:00Z | Europe/Paris
                    offsite-day                    | calendar-zone.ics               | 2026-03-11T23:00:00Z | Europe/Paris
                    floating-standup               | floating-no-calendar-zone.ics   | 2026-03-10T14:00:00Z | America/Chicago
                    """)
    void eventIsPlacedAndShownInTheZoneItsTimesBelongTo(
            String uid, String file, Instant firstStart, String zone) {
        CalendarEvent first = first(file, uid);

        assertThat(first.startInstant()).isEqualTo(firstStart);
        assertThat(first.start().getZone().getId()).isEqualTo(zone);
    }

    @Test
    void outlookWindowsZoneKeepsLocalTimeAcrossDaylightSaving() {
        List<CalendarEvent> pipeline = all("outlook-timezones.ics", "outlook-eastern");

        assertThat(pipeline)
                .extracting(CalendarEvent::startInstant)
                .containsExactly(
                        Instant.parse("2026-03-02T14:00:00Z"),
                        Instant.parse("2026-03-09T13:00:00Z"));
    }

    @Test
    void customVtimezoneRulesDecideTheOffsetWhenTheNameIsUnknown() {
        List<CalendarEvent> council = all("outlook-timezones.ics", "outlook-custom");

        assertThat(council)
                .extracting(CalendarEvent::startInstant)
                .containsExactly(
                        Instant.parse("2026-03-26T13:00:00Z"),
                        Instant.parse("2026-04-02T12:00:00Z"));
        assertThat(council)
                .extracting(o -> o.start().getZone())
                .containsExactly(ZoneOffset.ofHours(1), ZoneOffset.ofHours(2));
        assertThat(council).allSatisfy(o -> assertThat(o.start().getHour()).isEqualTo(14));
    }

    private static CalendarEvent first(String file, String uid) {
        return all(file, uid).getFirst();
    }

    private static List<CalendarEvent> all(String file, String uid) {
        IcsExpansion expansion = IcsCorpus.expand(file, "2026-03-01", "2026-04-30");
        assertThat(expansion.skipped()).isEmpty();
        return expansion.occurrences().stream().filter(o -> o.uid().equals(uid)).toList();
    }
}
