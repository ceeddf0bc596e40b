package com.execassistant.core.calendar.google;

import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.MeetingStatus;
import com.execassistant.core.meeting.ResponseStatus;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.EventDateTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Turns Google's Event resources into {@link CalendarEvent}s. */
final class EventMapper {

    private EventMapper() {}

    /**
     * Maps one event of {@code calendarId}, whose own time zone is {@code calendarZone}.
     *
     * @throws MalformedEventException when a live event lacks its times or they make no sense
     */
    static CalendarEvent map(String calendarId, Event e, ZoneId calendarZone)
            throws MalformedEventException {
        if (e.getId() == null || e.getId().isBlank()) {
            throw new MalformedEventException("it has no id");
        }
        MeetingStatus status = MeetingStatus.parse(e.getStatus());
        if (e.getStart() == null || e.getEnd() == null) {
            if (status == MeetingStatus.CANCELLED) {
                return idOnlyCancellation(calendarId, e, calendarZone);
            }
            throw new MalformedEventException("it has no start or no end time");
        }
        ZoneId zone = zoneOf(e.getStart(), calendarZone);
        boolean allDay = e.getStart().getDate() != null;
        ZonedDateTime start = time(e.getStart(), zone, "start");
        ZonedDateTime end = time(e.getEnd(), zoneOf(e.getEnd(), zone), "end");
        if (end.isBefore(start)) {
            throw new MalformedEventException("it ends before it starts");
        }
        return new CalendarEvent(
                calendarId,
                e.getId(),
                uid(e),
                e.getRecurringEventId(),
                recurrenceId(e, zone),
                e.getSummary(),
                e.getDescription(),
                e.getLocation(),
                start,
                end,
                allDay,
                status,
                e.getOrganizer() == null ? null : e.getOrganizer().getEmail(),
                attendees(e.getAttendees()),
                updated(e));
    }

    /**
     * A deletion Google reports with little more than the id. Its times are placeholders (the
     * original start of a cancelled instance, else the epoch), never the meeting's real times.
     */
    private static CalendarEvent idOnlyCancellation(String calendarId, Event e, ZoneId zone)
            throws MalformedEventException {
        ZonedDateTime at =
                e.getOriginalStartTime() == null
                        ? GoogleCalendarSource.PLACEHOLDER_TIME
                        : time(
                                e.getOriginalStartTime(),
                                zoneOf(e.getOriginalStartTime(), zone),
                                "original start");
        return new CalendarEvent(
                calendarId,
                e.getId(),
                uid(e),
                e.getRecurringEventId(),
                recurrenceId(e, zone),
                e.getSummary(),
                null,
                null,
                at,
                at,
                false,
                MeetingStatus.CANCELLED,
                null,
                List.of(),
                updated(e));
    }

    private static String uid(Event e) {
        return e.getICalUID() != null ? e.getICalUID() : e.getId();
    }

    private static String recurrenceId(Event e, ZoneId zone) throws MalformedEventException {
        EventDateTime original = e.getOriginalStartTime();
        if (original == null) {
            return null;
        }
        if (original.getDate() != null) {
            return localDate(original.getDate(), "original start").toString();
        }
        return time(original, zoneOf(original, zone), "original start")
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String updated(Event e) {
        return e.getUpdated() != null ? e.getUpdated().toStringRfc3339() : e.getEtag();
    }

    private static List<Attendee> attendees(List<EventAttendee> attendees) {
        if (attendees == null) {
            return List.of();
        }
        return attendees.stream()
                .map(
                        a ->
                                new Attendee(
                                        a.getEmail(),
                                        a.getDisplayName(),
                                        ResponseStatus.parse(a.getResponseStatus()),
                                        Boolean.TRUE.equals(a.getOptional()),
                                        Boolean.TRUE.equals(a.getResource()),
                                        Boolean.TRUE.equals(a.getSelf())))
                .toList();
    }

    /** The event's own zone when it names a valid one, else the calendar's. */
    private static ZoneId zoneOf(EventDateTime time, ZoneId fallback) {
        String name = time.getTimeZone();
        if (name != null && !name.isBlank()) {
            try {
                return ZoneId.of(name);
            } catch (DateTimeException e) {
                // An unknown zone name must not lose the event: the calendar's zone is close.
            }
        }
        return fallback;
    }

    private static ZonedDateTime time(EventDateTime time, ZoneId zone, String which)
            throws MalformedEventException {
        if (time.getDate() != null) {
            return localDate(time.getDate(), which).atStartOfDay(zone);
        }
        DateTime dateTime = time.getDateTime();
        if (dateTime == null) {
            throw new MalformedEventException("its " + which + " has neither a date nor a time");
        }
        return Instant.ofEpochMilli(dateTime.getValue()).atZone(zone);
    }

    private static LocalDate localDate(DateTime date, String which) throws MalformedEventException {
        try {
            return LocalDate.parse(date.toStringRfc3339().substring(0, 10));
        } catch (DateTimeException | IndexOutOfBoundsException e) {
            throw new MalformedEventException("its " + which + " date is not a date");
        }
    }

    static ZoneId zoneOrUtc(String name) {
        if (name != null && !name.isBlank()) {
            try {
                return ZoneId.of(name);
            } catch (DateTimeException e) {
                // fall through to UTC
            }
        }
        return ZoneOffset.UTC;
    }
}
