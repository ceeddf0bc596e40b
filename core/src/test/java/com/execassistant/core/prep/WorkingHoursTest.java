package com.execassistant.core.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a prep trigger lands: inside working hours it stays; outside, it moves to the next morning,
 * unless that is not before the meeting, then back to the last working minute before. Office hours
 * in New York, Monday to Friday 08:00-18:00; 2 March 2026 is a Monday and clocks go forward on
 * Sunday 8 March.
 */
class WorkingHoursTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final WorkingHours hours = WorkingHours.officeHours(NEW_YORK);

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }

    @ParameterizedTest(name = "{0}: trigger {1}, meeting {2} -> {3}")
    @CsvSource({
        "inside working hours,              2026-03-03T10:00, 2026-03-04T10:00, 2026-03-03T10:00",
        "at the start of the day,           2026-03-03T08:00, 2026-03-04T08:00, 2026-03-03T08:00",
        "at the end of the day,             2026-03-03T18:00, 2026-03-04T18:00, 2026-03-04T08:00",
        "late evening,                      2026-03-03T22:00, 2026-03-04T10:00, 2026-03-04T08:00",
        "night before an early meeting,     2026-03-03T06:30, 2026-03-03T08:30, 2026-03-03T08:00",
        "night before a 07:30 meeting,       2026-03-03T05:30, 2026-03-03T07:30, 2026-03-02T17:59",
        "night before an 08:00 meeting,   2026-03-03T06:00, 2026-03-03T08:00, 2026-03-02T17:59",
        "Monday dawn back to Friday,     2026-03-09T05:00, 2026-03-09T07:00, 2026-03-06T17:59",
        "Saturday for a Monday meeting,       2026-03-07T11:00, 2026-03-09T10:00, 2026-03-09T08:00",
        "Sunday across the clock change,    2026-03-08T10:00, 2026-03-09T10:00, 2026-03-09T08:00",
        "Saturday for a Sunday meeting,       2026-03-07T11:00, 2026-03-08T11:00, 2026-03-06T17:59",
        "Friday evening for Saturday,  2026-03-06T19:00, 2026-03-07T19:00, 2026-03-06T17:59",
    })
    void aTriggerIsMovedIntoWorkingHoursAndNeverPastTheMeeting(
            String why, String trigger, String meeting, String expected) {
        assertThat(hours.adjust(at(trigger), at(meeting))).as(why).isEqualTo(at(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-03-02T07:59, false",
        "2026-03-02T08:00, true",
        "2026-03-02T17:59, true",
        "2026-03-02T18:00, false",
        "2026-03-07T12:00, false",
        "2026-03-08T12:00, false",
    })
    void workingHoursIncludeTheStartAndExcludeTheEndOnWorkingDaysOnly(
            String local, boolean inside) {
        assertThat(hours.contains(at(local))).isEqualTo(inside);
    }

    @Test
    void aWeekendWorkerIsInterruptedOnTheirOwnDays() {
        WorkingHours weekends =
                new WorkingHours(
                        LocalTime.of(10, 0),
                        LocalTime.of(14, 0),
                        EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                        NEW_YORK);

        assertThat(weekends.adjust(at("2026-03-03T10:00"), at("2026-03-10T10:00")))
                .isEqualTo(at("2026-03-07T10:00"));
    }

    @Test
    void hoursThatEndBeforeTheyStartAreRejected() {
        assertThatThrownBy(
                        () ->
                                new WorkingHours(
                                        LocalTime.of(18, 0),
                                        LocalTime.of(8, 0),
                                        EnumSet.of(DayOfWeek.MONDAY),
                                        NEW_YORK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("working hours must end after they start");
    }

    @Test
    void hoursWithoutAWorkingDayAreRejected() {
        assertThatThrownBy(
                        () ->
                                new WorkingHours(
                                        LocalTime.of(8, 0),
                                        LocalTime.of(18, 0),
                                        Set.of(),
                                        NEW_YORK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("working hours need at least one working day");
    }
}
