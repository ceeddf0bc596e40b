package com.execassistant.core.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One occurrence of a calendar event as a calendar source reports it: a single event, or one
 * instance of a recurring series with the series kept.
 *
 * <p>Times are zoned in the event's own time zone so that both the instant and the wall-clock time
 * the organizer chose survive. An all-day event starts at midnight of its first day and ends at
 * midnight after its last day (exclusive), in its zone.
 *
 * @param calendarId the provider's calendar id (Google calendar id, or the ICS source)
 * @param externalId the provider's id of this occurrence: unique within the calendar, stable across
 *     fetches (Google's event or instance id; for ICS the UID plus the recurrence id)
 * @param uid the iCalendar UID shared by every occurrence of a series
 * @param seriesId the id of the recurring series this occurrence belongs to, or null
 * @param recurrenceId ISO-8601 original start of a recurring instance, or null
 * @param updated the provider's last-modified stamp or etag, or null
 */
public record CalendarEvent(
        String calendarId,
        String externalId,
        String uid,
        String seriesId,
        String recurrenceId,
        String title,
        String description,
        String location,
        ZonedDateTime start,
        ZonedDateTime end,
        boolean allDay,
        MeetingStatus status,
        String organizer,
        List<Attendee> attendees,
        String updated) {

    public CalendarEvent {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("event " + externalId + " ends before it starts");
        }
        title = title == null ? "" : title;
        status = Objects.requireNonNullElse(status, MeetingStatus.CONFIRMED);
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        organizer =
                organizer == null || organizer.isBlank()
                        ? null
                        : organizer.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public Instant startInstant() {
        return start.toInstant();
    }

    public Instant endInstant() {
        return end.toInstant();
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean isCancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    /** Whether the calendar's owner answered "no" to this meeting. */
    public boolean declinedBySelf() {
        return attendees.stream()
                .anyMatch(a -> a.self() && a.responseStatus() == ResponseStatus.DECLINED);
    }

    /** The same occurrence with another status, for cancellations reported by id only. */
    public CalendarEvent withStatus(MeetingStatus newStatus) {
        return copy(calendarId, newStatus, attendees);
    }

    /** The same occurrence filed under another calendar id. */
    public CalendarEvent withCalendarId(String newCalendarId) {
        return copy(newCalendarId, status, attendees);
    }

    /** The same occurrence with the owner's attendee entry marked, matched by email. */
    public CalendarEvent withSelf(String ownerEmail) {
        if (ownerEmail == null || ownerEmail.isBlank()) {
            return this;
        }
        String owner = ownerEmail.trim().toLowerCase(java.util.Locale.ROOT);
        List<Attendee> marked =
                attendees.stream()
                        .map(
                                a ->
                                        a.email().equals(owner) && !a.self()
                                                ? new Attendee(
                                                        a.email(),
                                                        a.name(),
                                                        a.responseStatus(),
                                                        a.optional(),
                                                        a.resource(),
                                                        true)
                                                : a)
                        .toList();
        return copy(calendarId, status, marked);
    }

    /** The same occurrence with the fields the withers change replaced. */
    private CalendarEvent copy(
            String newCalendarId, MeetingStatus newStatus, List<Attendee> newAttendees) {
        return new CalendarEvent(
                newCalendarId,
                externalId,
                uid,
                seriesId,
                recurrenceId,
                title,
                description,
                location,
                start,
                end,
                allDay,
                newStatus,
                organizer,
                newAttendees,
                updated);
    }
}
