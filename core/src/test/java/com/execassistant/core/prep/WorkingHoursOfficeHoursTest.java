package com.execassistant.core.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Office hours in New York (Monday to Friday, 08:00 to 18:00); March 2026, DST starts the 8th. */
class WorkingHoursOfficeHoursTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final WorkingHours hours = WorkingHours.officeHours(NEW_YORK);

    private static Instant ny(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
    }

    @ParameterizedTest(name = "trigger {0}, meeting {1} -> {2} ({3})")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    2026-03-02T10:00 | 2026-03-03T10:00 | 2026-03-02T10:00 | inside hours: unchanged
                    2026-03-02T08:00 | 2026-03-03T10:00 | 2026-03-02T08:00 | the start is inside
                    2026-03-02T18:00 | 2026-03-04T10:00 | 2026-03-03T08:00 | the end is outside
                    2026-03-02T23:00 | 2026-03-04T10:00 | 2026-03-03T08:00 | night: next morning
                    2026-03-06T19:00 | 2026-03-09T12:00 | 2026-03-09T08:00 | Friday night: Monday
                    2026-03-07T10:00 | 2026-03-09T12:00 | 2026-03-09T08:00 | over the DST change
                    2026-03-03T06:00 | 2026-03-03T07:30 | 2026-03-02T17:59 | before an early meeting: the evening before
                    2026-03-02T06:00 | 2026-03-02T07:30 | 2026-02-27T17:59 | Monday early: Friday evening
                    2026-03-08T10:00 | 2026-03-08T11:00 | 2026-03-06T17:59 | Sunday meeting: Friday evening
                    """)
    void aTriggerMovesIntoWorkingHoursBeforeTheMeeting(
            String trigger, String meeting, String expected, String why) {
        assertThat(hours.adjust(ny(trigger), ny(meeting))).isEqualTo(ny(expected));
    }

    @Test
    void workingHoursWithoutAWorkingDayAreRefused() {
        assertThatThrownBy(
                        () ->
                                new WorkingHours(
                                        LocalTime.of(8, 0),
                                        LocalTime.of(18, 0),
                                        Set.of(),
                                        NEW_YORK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one working day");
    }

    @Test
    void hoursThatEndBeforeTheyStartAreRefused() {
        assertThatThrownBy(
                        () ->
                                new WorkingHours(
                                        LocalTime.of(18, 0),
                                        LocalTime.of(8, 0),
                                        Set.of(DayOfWeek.MONDAY),
                                        NEW_YORK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("working hours must end after they start");
    }
}
