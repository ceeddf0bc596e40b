package com.execassistant.core.calendar.ics;

import com.execassistant.core.meeting.CalendarEvent;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Builds the {@link CalendarEvent} of one occurrence and its stable ids. */
final class Occurrences {

    private static final DateTimeFormatter UTC_BASIC =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Occurrences() {}

    /**
     * An occurrence of {@code event} starting at {@code start}.
     *
     * @param original the original start when this is an instance of a series, null for a single
     *     event
     */
    static CalendarEvent of(String calendarId, ParsedEvent event, IcsTime start, IcsTime original) {
        ZonedDateTime begin = start.zoned();
        EventDetails d = event.details();
        return new CalendarEvent(
                calendarId,
                original == null ? event.uid() : event.uid() + "/" + basic(original),
                event.uid(),
                original == null ? null : event.uid(),
                original == null ? null : iso(original),
                d.title(),
                d.description(),
                d.location(),
                begin,
                event.length().endAfter(begin),
                start.dateOnly(),
                d.status(),
                d.organizer(),
                d.attendees(),
                d.updated());
    }

    /** ISO-8601 original start: a date for all-day, else a date-time with offset in its zone. */
    static String iso(IcsTime original) {
        return original.dateOnly()
                ? original.wall().toLocalDate().toString()
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(original.zoned());
    }

    /** The original start in UTC basic form (20260309T150000Z), or the date (20260309). */
    static String basic(IcsTime original) {
        return original.dateOnly()
                ? DateTimeFormatter.BASIC_ISO_DATE.format(original.wall().toLocalDate())
                : UTC_BASIC.format(original.instant());
    }
}
