package com.execassistant.core.meeting.json;

import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.MeetingStatus;
import com.execassistant.core.meeting.ResponseStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON shape of an occurrence that the CLI prints and reads back ({@code calendar expand},
 * {@code classify}, {@code meetings list}) and that the store keeps. Other tools script this shape,
 * so its keys are a contract: add keys, never rename or drop them.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Writes an occurrence: times with offsets, or plain dates for all-day events. */
    public static ObjectNode toJson(CalendarEvent e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("uid", e.uid());
        n.put("recurrence_id", e.recurrenceId());
        n.put("title", e.title());
        n.put("start", formatTime(e.start(), e.allDay()));
        n.put("end", formatTime(e.end(), e.allDay()));
        n.put("all_day", e.allDay());
        n.put("time_zone", e.start().getZone().getId());
        n.put("status", e.status().wire());
        n.put("organizer", e.organizer());
        ArrayNode attendees = n.putArray("attendees");
        for (Attendee a : e.attendees()) {
            ObjectNode an = attendees.addObject();
            an.put("email", a.email());
            an.put("name", a.name());
            an.put("response_status", a.responseStatus().wire());
            an.put("optional", a.optional());
            an.put("resource", a.resource());
            an.put("self", a.self());
        }
        n.put("description", e.description());
        n.put("location", e.location());
        n.put("calendar_id", e.calendarId());
        n.put("external_id", e.externalId());
        n.put("series_id", e.seriesId());
        n.put("updated", e.updated());
        return n;
    }

    /**
     * Reads an occurrence written by {@link #toJson}; the fields beyond the contract's (external
     * id, calendar id, series id) are derived when absent so hand-written input works.
     *
     * @throws EventJsonException naming the field that is missing or malformed
     */
    public static CalendarEvent fromJson(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new EventJsonException("each meeting must be a JSON object");
        }
        String uid = text(n, "uid");
        if (uid == null || uid.isBlank()) {
            throw new EventJsonException("a meeting has no \"uid\"");
        }
        boolean allDay = n.path("all_day").asBoolean(false);
        ZoneId zone = zone(n, uid);
        ZonedDateTime start = parseTime(required(n, "start", uid), allDay, zone, uid, "start");
        String endText = text(n, "end");
        ZonedDateTime end = endText == null ? start : parseTime(endText, allDay, zone, uid, "end");
        if (end.isBefore(start)) {
            throw new EventJsonException("meeting " + uid + ": \"end\" is before \"start\"");
        }
        String recurrenceId = text(n, "recurrence_id");
        String externalId = text(n, "external_id");
        if (externalId == null) {
            externalId = recurrenceId == null ? uid : uid + "/" + recurrenceId;
        }
        String seriesId = text(n, "series_id");
        if (seriesId == null && recurrenceId != null) {
            seriesId = uid;
        }
        List<Attendee> attendees = new ArrayList<>();
        for (JsonNode a : n.path("attendees")) {
            attendees.add(
                    new Attendee(
                            text(a, "email"),
                            text(a, "name"),
                            ResponseStatus.parse(text(a, "response_status")),
                            a.path("optional").asBoolean(false),
                            a.path("resource").asBoolean(false),
                            a.path("self").asBoolean(false)));
        }
        return new CalendarEvent(
                text(n, "calendar_id"),
                externalId,
                uid,
                seriesId,
                recurrenceId,
                text(n, "title"),
                text(n, "description"),
                text(n, "location"),
                start,
                end,
                allDay,
                MeetingStatus.parse(text(n, "status")),
                text(n, "organizer"),
                attendees,
                text(n, "updated"));
    }

    /** ISO-8601: an offset date-time, or a date for all-day events. */
    public static String formatTime(ZonedDateTime t, boolean allDay) {
        return allDay
                ? t.toLocalDate().toString()
                : t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static ZoneId zone(JsonNode n, String uid) {
        String tz = text(n, "time_zone");
        if (tz == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(tz);
        } catch (java.time.DateTimeException ex) {
            throw new EventJsonException("meeting " + uid + ": unknown \"time_zone\" " + tz);
        }
    }

    private static ZonedDateTime parseTime(
            String value, boolean allDay, ZoneId zone, String uid, String field) {
        try {
            if (allDay || value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(zone);
            }
            return OffsetDateTime.parse(value.replace("Z", "+00:00")).atZoneSameInstant(zone);
        } catch (DateTimeParseException ex) {
            throw new EventJsonException(
                    "meeting " + uid + ": \"" + field + "\" is not an ISO-8601 time: " + value);
        }
    }

    private static String required(JsonNode n, String field, String uid) {
        String v = text(n, field);
        if (v == null) {
            throw new EventJsonException("meeting " + uid + " has no \"" + field + "\"");
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
