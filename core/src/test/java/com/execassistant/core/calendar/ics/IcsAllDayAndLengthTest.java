package com.execassistant.core.calendar.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.execassistant.core.meeting.CalendarEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** All-day events, and how long events last with DTEND, DURATION or neither. */
class IcsAllDayAndLengthTest {

    private final IcsExpansion march =
            IcsCorpus.expand("all-day-and-durations.ics", "2026-03-01", "2026-04-01");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    holiday-no-end        | 2026-03-16 | 2026-03-17
                    conference-three-days | 2026-03-17 | 2026-03-20
                    retreat-duration      | 2026-03-23 | 2026-03-25
                    birthday-yearly       | 2026-03-18 | 2026-03-19
                    """)
    void allDayEventRunsFromMidnightToMidnightAfterItsLastDay(
            String uid, LocalDate firstDay, LocalDate dayAfter) {
        CalendarEvent event = occurrence(uid);

        assertThat(event.allDay()).isTrue();
        assertThat(event.start()).isEqualTo(firstDay.atStartOfDay(IcsCorpus.NEW_YORK));
        assertThat(event.end()).isEqualTo(dayAfter.atStartOfDay(IcsCorpus.NEW_YORK));
    }

    @Test
    void yearlyAllDayInstanceIsIdentifiedByItsDate() {
        CalendarEvent birthday = occurrence("birthday-yearly");

        assertThat(birthday.recurrenceId()).isEqualTo("2026-03-18");
        assertThat(birthday.externalId()).isEqualTo("birthday-yearly/20260318");
    }

    @Test
    void allDaySeriesHonoursDateExclusionsAndDateOverrides() {
        assertThat(march.occurrences().stream().filter(o -> o.uid().equals("wfh-fridays")))
                .extracting(o -> o.start().toLocalDate().toString(), CalendarEvent::recurrenceId)
                .containsExactly(
                        tuple("2026-03-06", "2026-03-06"),
                        tuple("2026-03-19", "2026-03-20"),
                        tuple("2026-03-27", "2026-03-27"));
    }

    @Test
    void timedEventWithoutEndHasNoLength() {
        assertThat(occurrence("reminder-no-end").duration()).isZero();
    }

    @Test
    void durationGivesTheEnd() {
        assertThat(occurrence("interview-duration").duration()).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void durationInDaysKeepsTheWallClockEndAcrossDaylightSaving() {
        CalendarEvent handover = occurrence("overnight-one-day-duration");

        assertThat(handover.end())
                .isEqualTo(ZonedDateTime.of(2026, 3, 8, 20, 0, 0, 0, IcsCorpus.NEW_YORK));
        assertThat(handover.duration()).isEqualTo(Duration.ofHours(23));
    }

    private CalendarEvent occurrence(String uid) {
        assertThat(march.skipped()).isEmpty();
        return march.occurrences().stream()
                .filter(o -> o.uid().equals(uid))
                .findFirst()
                .orElseThrow();
    }
}
