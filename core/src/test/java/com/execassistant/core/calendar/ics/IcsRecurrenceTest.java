package com.execassistant.core.calendar.ics;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.meeting.CalendarEvent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RRULE, RDATE, EXDATE, COUNT and UNTIL, and which occurrences the window holds. */
class IcsRecurrenceTest {

    private final IcsExpansion march =
            IcsCorpus.expand("recurrence-rules.ics", "2026-03-01", "2026-04-01");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    rdate-exdate         | 2026-03-02T21:00:00Z 2026-03-09T20:00:00Z 2026-03-16T20:00:00Z 2026-03-18T20:00:00Z 2026-03-20T20:00:00Z
                    rdate-only           | 2026-03-05T12:00:00Z 2026-03-12T12:00:00Z 2026-03-19T12:00:00Z
                    start-off-rule       | 2026-03-03T14:00:00Z 2026-03-05T14:00:00Z 2026-03-12T13:00:00Z
                    last-tuesday         | 2026-03-31T19:00:00Z
                    spans-window-start   | 2026-02-27T10:00:00Z
                    """)
    void seriesYieldsExactlyTheseStarts(String uid, String utcStarts) {
        assertThat(occurrences(uid))
                .extracting(CalendarEvent::startInstant)
                .containsExactlyElementsOf(
                        Arrays.stream(utcStarts.split(" ")).map(Instant::parse).toList());
    }

    @Test
    void longRunningDailySeriesYieldsEveryDayOfTheWindow() {
        List<CalendarEvent> briefings = occurrences("daily-since-2020");

        assertThat(briefings).hasSize(31);
        assertThat(briefings.getFirst().startInstant())
                .isEqualTo(Instant.parse("2026-03-01T08:30:00Z"));
        assertThat(briefings.getLast().startInstant())
                .isEqualTo(Instant.parse("2026-03-31T07:30:00Z"));
    }

    @Test
    void eventEndingExactlyWhenTheWindowStartsIsLeftOut() {
        assertThat(occurrences("ends-at-window-start")).isEmpty();
    }

    @Test
    void extraDateIsAnInstanceOfTheSeries() {
        CalendarEvent friday = occurrences("rdate-exdate").getLast();

        assertThat(friday.seriesId()).isEqualTo("rdate-exdate");
        assertThat(friday.externalId()).isEqualTo("rdate-exdate/20260320T200000Z");
        assertThat(friday.duration()).hasMinutes(30);
    }

    @Test
    void windowEndIsExclusive() {
        IcsExpansion upToLastTuesday =
                new IcsExpander(IcsCorpus.DEFAULT_ZONE, null)
                        .expand(
                                IcsCorpus.text("recurrence-rules.ics"),
                                "recurrence-rules.ics",
                                Instant.parse("2026-03-01T00:00:00Z"),
                                Instant.parse("2026-03-31T19:00:00Z"));

        assertThat(upToLastTuesday.occurrences()).noneMatch(o -> o.uid().equals("last-tuesday"));
    }

    private List<CalendarEvent> occurrences(String uid) {
        assertThat(march.skipped()).isEmpty();
        return march.occurrences().stream().filter(o -> o.uid().equals(uid)).toList();
    }
}
