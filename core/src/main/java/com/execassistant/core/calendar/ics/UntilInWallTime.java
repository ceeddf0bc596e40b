package com.execassistant.core.calendar.ics;

import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Rewrites a rule's UNTIL into the wall-clock time of the series. UNTIL is usually written in UTC
 * while the rule runs on wall-clock times; compared unconverted, a Berlin series would lose its
 * last instance and a New York one could gain one.
 */
final class UntilInWallTime {

    private UntilInWallTime() {}

    static Recurrence convert(Recurrence rule, IcsTime first) throws BadEventException {
        ICalDate until = rule.getUntil();
        DateTimeComponents raw = until == null ? null : until.getRawComponents();
        if (raw == null) {
            return rule;
        }
        LocalDateTime wall;
        try {
            wall = wallTime(raw, first);
        } catch (DateTimeException e) {
            throw new BadEventException(
                    "its repeat rule ends on \"" + raw + "\", which is not a real date");
        }
        // Date-times at UTC wall time either way, as the expander iterates (see there).
        ICalDate converted =
                first.dateOnly()
                        ? new ICalDate(
                                RecurrenceExpander.toDate(wall.toLocalDate().atStartOfDay()), true)
                        : new ICalDate(RecurrenceExpander.toDate(wall), true);
        return new Recurrence.Builder(rule).until(converted).build();
    }

    private static LocalDateTime wallTime(DateTimeComponents raw, IcsTime first) {
        if (!raw.hasTime()) {
            // A date-only UNTIL on a timed series includes that whole day.
            return LocalDateTime.of(raw.getYear(), raw.getMonth(), raw.getDate(), 23, 59, 59);
        }
        LocalDateTime written =
                LocalDateTime.of(
                        raw.getYear(),
                        raw.getMonth(),
                        raw.getDate(),
                        raw.getHour(),
                        raw.getMinute(),
                        raw.getSecond());
        return raw.isUtc() ? first.zone().wallTime(written.toInstant(ZoneOffset.UTC)) : written;
    }
}
