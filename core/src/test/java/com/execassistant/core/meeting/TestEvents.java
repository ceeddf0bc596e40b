package com.execassistant.core.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Builds occurrences for tests: a title, a start and people, the rest sensible defaults. */
public final class TestEvents {

    private TestEvents() {}

    public static CalendarEvent meeting(String id, String title, Instant start, int people) {
        List<Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            attendees.add(Attendee.person("person" + i + "@example.com"));
        }
        return meeting(id, title, start, Duration.ofMinutes(30), attendees);
    }

    public static CalendarEvent meeting(
            String id, String title, Instant start, Duration length, List<Attendee> attendees) {
        ZoneId zone = ZoneId.of("America/New_York");
        return new CalendarEvent(
                "primary",
                id,
                id,
                null,
                null,
                title,
                null,
                null,
                start.atZone(zone),
                start.plus(length).atZone(zone),
                false,
                MeetingStatus.CONFIRMED,
                "person0@example.com",
                attendees,
                null);
    }

    public static CalendarEvent retitled(CalendarEvent e, String title) {
        return new CalendarEvent(
                e.calendarId(),
                e.externalId(),
                e.uid(),
                e.seriesId(),
                e.recurrenceId(),
                title,
                e.description(),
                e.location(),
                e.start(),
                e.end(),
                e.allDay(),
                e.status(),
                e.organizer(),
                e.attendees(),
                e.updated());
    }

    public static CalendarEvent moved(CalendarEvent e, Duration by) {
        return new CalendarEvent(
                e.calendarId(),
                e.externalId(),
                e.uid(),
                e.seriesId(),
                e.recurrenceId(),
                e.title(),
                e.description(),
                e.location(),
                e.start().plus(by),
                e.end().plus(by),
                e.allDay(),
                e.status(),
                e.organizer(),
                e.attendees(),
                e.updated());
    }

    public static CalendarEvent restamped(CalendarEvent e, String updated) {
        return new CalendarEvent(
                e.calendarId(),
                e.externalId(),
                e.uid(),
                e.seriesId(),
                e.recurrenceId(),
                e.title(),
                e.description(),
                e.location(),
                e.start(),
                e.end(),
                e.allDay(),
                e.status(),
                e.organizer(),
                e.attendees(),
                updated);
    }
}
