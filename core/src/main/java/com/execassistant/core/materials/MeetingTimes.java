package com.execassistant.core.materials;

import com.execassistant.core.meeting.CalendarEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as people read them, in one fixed locale so output is deterministic. */
final class MeetingTimes {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DATE =
            DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE =
            DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private MeetingTimes() {}

    /** The start in the display zone; all-day events keep their own dates. */
    static ZonedDateTime start(CalendarEvent meeting, ZoneId zone) {
        return meeting.allDay() ? meeting.start() : meeting.start().withZoneSameInstant(zone);
    }

    static String date(CalendarEvent meeting, ZoneId zone) {
        return DATE.format(start(meeting, zone));
    }

    /** "Thursday, December 20, 2025, 10:00 AM - 11:30 AM EST", or "..., all day". */
    static String when(CalendarEvent meeting, ZoneId zone) {
        if (meeting.allDay()) {
            LocalDate first = meeting.start().toLocalDate();
            LocalDate last = meeting.end().toLocalDate().minusDays(1);
            return last.isAfter(first)
                    ? LONG_DATE.format(first) + " to " + LONG_DATE.format(last) + ", all day"
                    : LONG_DATE.format(first) + ", all day";
        }
        ZonedDateTime start = meeting.start().withZoneSameInstant(zone);
        ZonedDateTime end = meeting.end().withZoneSameInstant(zone);
        String endText =
                end.toLocalDate().equals(start.toLocalDate())
                        ? TIME.format(end)
                        : DATE.format(end) + ", " + TIME.format(end);
        return LONG_DATE.format(start)
                + ", "
                + TIME.format(start)
                + " - "
                + endText
                + " "
                + ZONE.format(start);
    }

    static String clock(ZonedDateTime time) {
        return TIME.format(time);
    }
}
