package com.execassistant.core.calendar.ics;

import biweekly.util.Recurrence;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One checked VEVENT: a single event, the master of a series, or an override of one instance.
 *
 * @param uid the UID (or a stable substitute when the file gives none)
 * @param sequence SEQUENCE, 0 when absent
 * @param stamp LAST-MODIFIED or DTSTAMP, or null
 * @param order position in the file, the last tie-breaker between two revisions
 * @param recurrenceId the original start of the instance this overrides, or null for a master
 * @param rule RRULE or null
 */
record ParsedEvent(
        String uid,
        int sequence,
        Instant stamp,
        int order,
        IcsTime start,
        EventLength length,
        IcsTime recurrenceId,
        Recurrence rule,
        List<IcsTime> recurrenceDates,
        List<IcsTime> exceptionDates,
        EventDetails details) {

    /** Higher SEQUENCE wins; then the later stamp; then the later position in the file. */
    static final Comparator<ParsedEvent> REVISION =
            Comparator.comparingInt(ParsedEvent::sequence)
                    .thenComparing(
                            ParsedEvent::stamp, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparingInt(ParsedEvent::order);

    boolean isOverride() {
        return recurrenceId != null;
    }

    boolean isRecurring() {
        return rule != null || !recurrenceDates.isEmpty();
    }
}
