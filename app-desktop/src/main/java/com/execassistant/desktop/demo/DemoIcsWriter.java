package com.execassistant.desktop.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the demo meetings as an iCalendar document (RFC 5545).
 *
 * <p>Times are floating (no TZID) with the calendar's zone in X-WR-TIMEZONE: the calendar is made
 * for this computer, and floating times keep a weekly meeting at the same wall-clock time across a
 * daylight-saving change without writing a VTIMEZONE by hand.
 */
final class DemoIcsWriter {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final int FOLD_OCTETS = 75;

    private DemoIcsWriter() {}

    static String write(List<DemoMeeting> meetings, ZoneId zone, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Exec Assistant//Demo calendar//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:Demo calendar");
        line(out, "X-WR-TIMEZONE:" + zone.getId());
        for (DemoMeeting m : meetings) {
            event(out, m, stamp);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void event(StringBuilder out, DemoMeeting m, Instant stamp) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + m.uid());
        line(out, "DTSTAMP:" + utc(stamp));
        // A cancellation is a new revision of the event, as calendar servers send it.
        line(out, "SEQUENCE:" + (m.cancelled() ? 1 : 0));
        line(out, "DTSTART:" + local(m.start()));
        line(out, "DTEND:" + local(m.start().plus(m.length())));
        if (m.weekly()) {
            line(out, "RRULE:FREQ=WEEKLY");
            for (ZonedDateTime x : m.excluded()) {
                line(out, "EXDATE:" + local(x));
            }
        }
        line(out, "SUMMARY:" + text(m.title()));
        line(out, "DESCRIPTION:" + text(m.description()));
        line(out, "LOCATION:" + text(m.location()));
        line(out, "STATUS:" + (m.cancelled() ? "CANCELLED" : "CONFIRMED"));
        DemoPerson organizer = m.organizer();
        line(out, "ORGANIZER;CN=\"" + organizer.name() + "\":mailto:" + organizer.email());
        for (DemoPerson p : m.people()) {
            line(
                    out,
                    "ATTENDEE;CN=\""
                            + p.name()
                            + "\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:"
                            + p.email());
        }
        line(out, "END:VEVENT");
    }

    private static String local(ZonedDateTime t) {
        return LOCAL.format(t.toLocalDateTime());
    }

    private static String utc(Instant t) {
        return LOCAL.format(t.atOffset(ZoneOffset.UTC)) + "Z";
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Folds lines longer than 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > FOLD_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
