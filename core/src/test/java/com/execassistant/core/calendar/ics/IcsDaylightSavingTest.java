package com.execassistant.core.calendar.ics;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.meeting.CalendarEvent;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recurring meetings keep their wall-clock time when daylight saving starts or ends. */
class IcsDaylightSavingTest {

    @ParameterizedTest(name = "{0} {1} {2}..{3}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    dst-new-york.ics | ny-weekly     | 2026-03-01 | 2026-03-17 | 10:00 | 2026-03-02T15:00:00Z 2026-03-09T14:00:00Z 2026-03-16T14:00:00Z
                    dst-new-york.ics | ny-weekly     | 2026-10-25 | 2026-11-10 | 10:00 | 2026-10-26T14:00:00Z 2026-11-02T15:00:00Z 2026-11-09T15:00:00Z
                    dst-berlin.ics   | berlin-weekly | 2026-03-18 | 2026-04-03 | 09:00 | 2026-03-19T08:00:00Z 2026-03-26T08:00:00Z 2026-04-02T07:00:00Z
                    dst-berlin.ics   | berlin-weekly | 2026-10-21 | 2026-11-30 | 09:00 | 2026-10-22T07:00:00Z 2026-10-29T08:00:00Z 2026-11-05T08:00:00Z
                    """)
    void weeklyMeetingKeepsItsLocalTimeAcrossTheChange(
            String file, String uid, String from, String to, LocalTime local, String utcStarts) {
        List<CalendarEvent> occurrences =
                IcsCorpus.expand(file, from, to).occurrences().stream()
                        .filter(o -> o.uid().equals(uid))
                        .toList();

        assertThat(occurrences)
                .extracting(CalendarEvent::startInstant)
                .containsExactlyElementsOf(
                        Arrays.stream(utcStarts.split(" ")).map(Instant::parse).toList());
        assertThat(occurrences)
                .allSatisfy(o -> assertThat(o.start().toLocalTime()).isEqualTo(local));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    2026-03-07 02:30 before the gap | 2026-03-07T07:30:00Z | 02:30
                    2026-03-08 02:30 does not exist | 2026-03-08T07:30:00Z | 03:30
                    2026-03-09 02:30 after the gap  | 2026-03-09T06:30:00Z | 02:30
                    """)
    void timeInTheSpringForwardGapMovesForwardByTheGap(
            String day, Instant utcStart, LocalTime shownAt) {
        CalendarEvent instance =
                IcsCorpus.expand("dst-new-york.ics", "2026-03-01", "2026-03-15")
                        .occurrences()
                        .stream()
                        .filter(o -> o.uid().equals("ny-gap"))
                        .filter(o -> o.startInstant().equals(utcStart))
                        .findFirst()
                        .orElseThrow();

        assertThat(instance.start().toLocalTime()).isEqualTo(shownAt);
    }

    @org.junit.jupiter.api.Test
    void timeInTheRepeatedAutumnHourTakesTheFirstOne() {
        CalendarEvent ambiguous =
                IcsCorpus.expand("dst-new-york.ics", "2026-11-01", "2026-11-02")
                        .occurrences()
                        .stream()
                        .filter(o -> o.uid().equals("ny-overlap"))
                        .findFirst()
                        .orElseThrow();

        assertThat(ambiguous.startInstant()).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
    }
}
