package com.execassistant.core.calendar.ics;

import biweekly.component.VEvent;
import biweekly.parameter.CalendarUserType;
import biweekly.parameter.ParticipationLevel;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Organizer;
import biweekly.property.ValuedProperty;
import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.MeetingStatus;
import com.execassistant.core.meeting.ResponseStatus;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;

/** Reads title, people, status and revision stamp of an event. */
final class DetailsReader {

    private DetailsReader() {}

    static EventDetails read(VEvent event) {
        return new EventDetails(
                text(event.getSummary()),
                text(event.getDescription()),
                text(event.getLocation()),
                MeetingStatus.parse(text(event.getStatus())),
                organizer(event.getOrganizer()),
                event.getAttendees().stream().map(DetailsReader::attendee).toList(),
                updated(event));
    }

    /** When the event was last changed, with its SEQUENCE, so any revision shows as a new stamp. */
    static String updated(VEvent event) {
        Instant stamp = stamp(event);
        Integer sequence = event.getSequence() == null ? null : event.getSequence().getValue();
        if (stamp == null && sequence == null) {
            return null;
        }
        return (stamp == null ? "" : stamp.toString())
                + (sequence == null ? "" : ";SEQUENCE=" + sequence);
    }

    /** LAST-MODIFIED, else DTSTAMP: the time this revision was written. */
    static Instant stamp(VEvent event) {
        Date date = event.getLastModified() == null ? null : event.getLastModified().getValue();
        if (date == null && event.getDateTimeStamp() != null) {
            date = event.getDateTimeStamp().getValue();
        }
        return date == null ? null : date.toInstant();
    }

    private static Attendee attendee(biweekly.property.Attendee a) {
        ParticipationStatus answer = a.getParticipationStatus();
        ParticipationLevel level = a.getParticipationLevel();
        CalendarUserType type = a.getCalendarUserType();
        boolean resource =
                type != null
                        && (type.equals(CalendarUserType.ROOM)
                                || type.equals(CalendarUserType.RESOURCE));
        return new Attendee(
                email(a.getEmail(), a.getUri()),
                a.getCommonName(),
                ResponseStatus.parse(answer == null ? null : answer.getValue()),
                level == ParticipationLevel.OPTIONAL || level == ParticipationLevel.FYI,
                resource,
                false);
    }

    private static String organizer(Organizer organizer) {
        return organizer == null ? null : email(organizer.getEmail(), organizer.getUri());
    }

    private static String email(String email, String uri) {
        if (email != null && !email.isBlank()) {
            return email;
        }
        if (uri != null && uri.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
            return uri.substring("mailto:".length());
        }
        return null;
    }

    private static String text(ValuedProperty<String> property) {
        return property == null ? null : property.getValue();
    }
}
