package com.execassistant.core.classify;

import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.MeetingStatus;
import com.execassistant.core.meeting.ResponseStatus;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds calendar events for classifier tests. */
final class Meetings {

    static final String ORGANIZER = "p0@corp.example";
    static final ZonedDateTime START =
            ZonedDateTime.parse("2025-03-10T10:00:00-04:00[America/New_York]");

    private String title = "";
    private String description;
    private ZonedDateTime start = START;
    private boolean allDay;
    private MeetingStatus status = MeetingStatus.CONFIRMED;
    private String organizer = ORGANIZER;
    private final List<Attendee> attendees = new ArrayList<>();

    static Meetings titled(String title) {
        Meetings m = new Meetings();
        m.title = title;
        return m;
    }

    /**
     * Google-style guest list: the organizer first, then required people up to {@code people} in
     * total. {@code people} below 0 means no guest list at all.
     */
    Meetings people(int people) {
        for (int i = 0; i < people; i++) {
            attendees.add(Attendee.person("p" + i + "@corp.example"));
        }
        return this;
    }

    Meetings optional(int count) {
        for (int i = 0; i < count; i++) {
            attendees.add(
                    new Attendee(
                            "opt" + i + "@corp.example",
                            null,
                            ResponseStatus.ACCEPTED,
                            true,
                            false,
                            false));
        }
        return this;
    }

    Meetings rooms(int count) {
        for (int i = 0; i < count; i++) {
            attendees.add(
                    new Attendee(
                            "room" + i + "@corp.example",
                            "Room " + i,
                            ResponseStatus.ACCEPTED,
                            false,
                            true,
                            false));
        }
        return this;
    }

    Meetings attendee(Attendee attendee) {
        attendees.add(attendee);
        return this;
    }

    Meetings description(String text) {
        this.description = text;
        return this;
    }

    Meetings organizer(String email) {
        this.organizer = email;
        return this;
    }

    Meetings startingAt(ZonedDateTime when) {
        this.start = when;
        return this;
    }

    Meetings allDay() {
        this.allDay = true;
        this.start = start.toLocalDate().atStartOfDay(start.getZone());
        return this;
    }

    Meetings status(MeetingStatus newStatus) {
        this.status = newStatus;
        return this;
    }

    CalendarEvent build() {
        ZonedDateTime end = allDay ? start.plusDays(1) : start.plusMinutes(45);
        return new CalendarEvent(
                "primary",
                "evt-" + Math.abs(title.hashCode()),
                "uid-" + Math.abs(title.hashCode()),
                null,
                null,
                title,
                description,
                null,
                start,
                end,
                allDay,
                status,
                organizer,
                attendees,
                null);
    }
}
