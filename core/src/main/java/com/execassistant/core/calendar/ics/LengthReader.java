package com.execassistant.core.calendar.ics;

import biweekly.component.VEvent;
import java.time.Duration;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Reads how long an event lasts from DTEND or DURATION. Without either, an all-day event lasts one
 * day and a timed one has no length, as RFC 5545 says.
 */
final class LengthReader {

    private final TimeReader times;

    LengthReader(TimeReader times) {
        this.times = times;
    }

    EventLength read(VEvent event, IcsTime start) throws BadEventException {
        TimeReader.requireParsed(event, "DTEND", "end time");
        TimeReader.requireParsed(event, "DURATION", "duration");
        if (event.getDateEnd() != null) {
            return untilEnd(
                    start, times.read(event.getDateEnd(), event.getDateEnd().getValue(), "end"));
        }
        if (event.getDuration() != null) {
            return duration(start, event.getDuration().getValue());
        }
        return start.dateOnly() ? EventLength.ONE_DAY : EventLength.ZERO;
    }

    private static EventLength untilEnd(IcsTime start, IcsTime end) throws BadEventException {
        if (start.dateOnly()) {
            long days =
                    ChronoUnit.DAYS.between(start.wall().toLocalDate(), end.wall().toLocalDate());
            if (days < 0) {
                throw endsBeforeStart(start, end);
            }
            // DTEND equal to DTSTART on a date is a common export slip for a one-day event.
            return days == 0
                    ? EventLength.ONE_DAY
                    : new EventLength(Period.ofDays((int) days), Duration.ZERO);
        }
        Duration exact = Duration.between(start.zoned(), end.zoned());
        if (exact.isNegative()) {
            throw endsBeforeStart(start, end);
        }
        return new EventLength(Period.ZERO, exact);
    }

    private static EventLength duration(IcsTime start, biweekly.util.Duration value)
            throws BadEventException {
        if (value == null) {
            throw new BadEventException("its duration cannot be read");
        }
        if (value.isPrior()) {
            throw new BadEventException("its duration " + value + " is negative");
        }
        Duration exact =
                Duration.ofHours(n(value.getHours()))
                        .plusMinutes(n(value.getMinutes()))
                        .plusSeconds(n(value.getSeconds()));
        int days = n(value.getWeeks()) * 7 + n(value.getDays());
        if (start.dateOnly()) {
            long allDays = days + exact.toDays();
            return allDays == 0
                    ? EventLength.ONE_DAY
                    : new EventLength(Period.ofDays((int) allDays), Duration.ZERO);
        }
        return new EventLength(Period.ofDays(days), exact);
    }

    private static BadEventException endsBeforeStart(IcsTime start, IcsTime end) {
        return new BadEventException(
                "it ends (" + end.written() + ") before it starts (" + start.written() + ")");
    }

    private static int n(Integer value) {
        return Objects.requireNonNullElse(value, 0);
    }
}
