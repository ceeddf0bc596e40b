package com.execassistant.core.calendar.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.execassistant.core.meeting.CalendarEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The weekly 1:1 with an excluded and a moved instance plus a single QBR: the case other tools
 * script against "calendar expand".
 */
class IcsContractCaseTest {

    private final IcsExpansion march =
            IcsCorpus.expand("contract-one-on-one-and-qbr.ics", "2026-03-01", "2026-04-01");

    @Test
    void yieldsExactlyTheFourOccurrencesInStartOrder() {
        assertThat(march.occurrences())
                .extracting(CalendarEvent::uid, CalendarEvent::startInstant)
                .containsExactly(
                        tuple("wk-1on1", Instant.parse("2026-03-02T15:00:00Z")),
                        tuple("qbr", Instant.parse("2026-03-05T15:00:00Z")),
                        tuple("wk-1on1", Instant.parse("2026-03-09T18:00:00Z")),
                        tuple("wk-1on1", Instant.parse("2026-03-23T14:00:00Z")));
        assertThat(march.skipped()).isEmpty();
    }

    @Test
    void recurringInstancesCarryTheirSeriesAndOriginalStart() {
        CalendarEvent moved = march.occurrences().get(2);

        assertThat(moved.seriesId()).isEqualTo("wk-1on1");
        assertThat(moved.recurrenceId()).isEqualTo("2026-03-09T10:00:00-04:00");
        assertThat(moved.externalId()).isEqualTo("wk-1on1/20260309T140000Z");
        assertThat(moved.title()).isEqualTo("Weekly 1:1 with Dana (moved)");
        assertThat(moved.start().toLocalTime()).hasToString("14:00");
        assertThat(moved.start().getZone().getId()).isEqualTo("America/New_York");
    }

    @Test
    void singleEventHasNoSeriesAndItsUidAsId() {
        CalendarEvent qbr = march.occurrences().get(1);

        assertThat(qbr.seriesId()).isNull();
        assertThat(qbr.recurrenceId()).isNull();
        assertThat(qbr.externalId()).isEqualTo("qbr");
        assertThat(qbr.calendarId()).isEqualTo("contract-one-on-one-and-qbr.ics");
        assertThat(qbr.duration()).hasHours(2);
    }
}
