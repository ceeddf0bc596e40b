package com.execassistant.core.calendar.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.calendar.SkippedEvent;
import com.execassistant.core.meeting.CalendarEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A malformed event is skipped and reported; the rest imports. A non-calendar fails plainly. */
class IcsMalformedInputTest {

    private final IcsExpansion march =
            IcsCorpus.expand("malformed.ics", "2026-03-01", "2026-04-01");

    @Test
    void wellFormedEventsAroundBrokenOnesStillImport() {
        assertThat(march.occurrences())
                .extracting(CalendarEvent::uid)
                .containsExactly("good-before", "good-after");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    no-start          | it has no start time (DTSTART)
                    month-thirteen    | its start "20261345T100000" is not a real date or time
                    garbage-start     | its start time "next tuesday" cannot be read
                    unknown-zone      | it uses the time zone "Mars/Olympus_Mons", which the file does not define and which is not a known zone
                    ends-before-start | it ends (2026-03-06T14:00Z) before it starts (2026-03-06T15:00Z)
                    bad-rrule         | its repeat rule (RRULE) has no valid FREQ
                    zero-interval     | its repeat rule (RRULE) has an INTERVAL below 1
                    negative-duration | its duration -PT1H is negative
                    """)
    void brokenEventIsReportedWithFileUidAndReason(String uid, String reason) {
        assertThat(march.skipped()).contains(new SkippedEvent("malformed.ics", uid, reason));
    }

    @Test
    void everyBrokenEventIsReportedOnce() {
        assertThat(march.skipped()).hasSize(8);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "<html><body>Sign in</body></html>", "BEGIN:VCARD\nEND:VCARD\n"})
    void textWithoutAnyCalendarIsUnreadable(String text) {
        IcsExpander expander = new IcsExpander(IcsCorpus.DEFAULT_ZONE, null);
        Instant from = Instant.parse("2026-03-01T00:00:00Z");

        assertThatThrownBy(() -> expander.expand(text, "feed.ics", from, from.plusSeconds(86400)))
                .isInstanceOf(IcsUnreadableException.class)
                .hasMessage(
                        "feed.ics is not an iCalendar file: it has no BEGIN:VCALENDAR section.");
    }

    @Test
    void truncatedFileStillYieldsTheEventsItHolds() {
        String truncated =
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:cut\r\nDTSTART:20260303T150000Z\r\n";

        IcsExpansion expansion =
                new IcsExpander(IcsCorpus.DEFAULT_ZONE, null)
                        .expand(
                                truncated,
                                "cut.ics",
                                Instant.parse("2026-03-01T00:00:00Z"),
                                Instant.parse("2026-04-01T00:00:00Z"));

        assertThat(expansion.occurrences()).extracting(CalendarEvent::uid).containsExactly("cut");
    }
}
