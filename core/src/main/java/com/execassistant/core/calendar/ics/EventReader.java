package com.execassistant.core.calendar.ics;

import biweekly.component.VEvent;
import biweekly.property.ExceptionDates;
import biweekly.property.RecurrenceDates;
import biweekly.util.ICalDate;
import biweekly.util.Period;
import biweekly.util.Recurrence;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Turns one VEVENT into a checked {@link ParsedEvent}, or says why it cannot be imported. */
final class EventReader {

    private final TimeReader times;

    EventReader(TimeReader times) {
        this.times = times;
    }

    /**
     * The UID, or for a file that omits it (hand-written ones do) a substitute derived from title
     * and start, so the id stays the same from one fetch to the next.
     */
    static String uidOf(VEvent event) {
        String uid = event.getUid() == null ? null : event.getUid().getValue();
        if (uid != null && !uid.isBlank()) {
            return uid.trim();
        }
        String seed =
                Objects.toString(event.getSummary() == null ? null : event.getSummary().getValue())
                        + "|"
                        + Objects.toString(
                                event.getDateStart() == null
                                        ? null
                                        : event.getDateStart().getValue().getRawComponents());
        return "no-uid-" + UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
    }

    ParsedEvent read(VEvent event, String uid, int order) throws BadEventException {
        TimeReader.requireParsed(event, "DTSTART", "start time");
        if (event.getDateStart() == null) {
            throw new BadEventException("it has no start time (DTSTART)");
        }
        IcsTime start = times.read(event.getDateStart(), event.getDateStart().getValue(), "start");
        TimeReader.requireParsed(event, "RECURRENCE-ID", "recurrence id");
        IcsTime recurrenceId =
                event.getRecurrenceId() == null
                        ? null
                        : times.read(
                                event.getRecurrenceId(),
                                event.getRecurrenceId().getValue(),
                                "recurrence id");
        Integer sequence = event.getSequence() == null ? null : event.getSequence().getValue();
        return new ParsedEvent(
                uid,
                sequence == null ? 0 : sequence,
                DetailsReader.stamp(event),
                order,
                start,
                new LengthReader(times).read(event, start),
                recurrenceId,
                rule(event),
                recurrenceDates(event),
                exceptionDates(event),
                DetailsReader.read(event));
    }

    private static Recurrence rule(VEvent event) throws BadEventException {
        TimeReader.requireParsed(event, "RRULE", "repeat rule (RRULE)");
        if (event.getRecurrenceRule() == null) {
            return null;
        }
        Recurrence rule = event.getRecurrenceRule().getValue();
        if (rule == null || rule.getFrequency() == null) {
            throw new BadEventException("its repeat rule (RRULE) has no valid FREQ");
        }
        if (rule.getInterval() != null && rule.getInterval() < 1) {
            throw new BadEventException("its repeat rule (RRULE) has an INTERVAL below 1");
        }
        if (rule.getCount() != null && rule.getCount() < 1) {
            throw new BadEventException("its repeat rule (RRULE) has a COUNT below 1");
        }
        return rule;
    }

    private List<IcsTime> recurrenceDates(VEvent event) throws BadEventException {
        TimeReader.requireParsed(event, "RDATE", "extra date (RDATE)");
        List<IcsTime> dates = new ArrayList<>();
        for (RecurrenceDates property : event.getRecurrenceDates()) {
            for (ICalDate date : property.getDates()) {
                dates.add(times.read(property, date, "extra date (RDATE)"));
            }
            for (Period period : property.getPeriods()) {
                dates.add(times.read(property, period.getStartDate(), "extra date (RDATE)"));
            }
        }
        return dates;
    }

    private List<IcsTime> exceptionDates(VEvent event) throws BadEventException {
        TimeReader.requireParsed(event, "EXDATE", "excluded date (EXDATE)");
        List<IcsTime> dates = new ArrayList<>();
        for (ExceptionDates property : event.getExceptionDates()) {
            for (ICalDate date : property.getValues()) {
                dates.add(times.read(property, date, "excluded date (EXDATE)"));
            }
        }
        return dates;
    }
}
