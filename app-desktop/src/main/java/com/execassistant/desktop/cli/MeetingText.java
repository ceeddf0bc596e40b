package com.execassistant.desktop.cli;

import com.execassistant.core.meeting.CalendarEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The human-readable one-line form of a meeting. */
final class MeetingText {

    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd");

    private MeetingText() {}

    static String line(CalendarEvent e, ZoneId zone) {
        String when =
                e.allDay()
                        ? e.start().format(DAY) + " all day"
                        : e.start().withZoneSameInstant(zone).format(DAY_TIME)
                                + "-"
                                + e.end().withZoneSameInstant(zone).toLocalTime();
        String status = e.isCancelled() ? "  [cancelled]" : "";
        return String.format("%-28s %s%s", when, e.title(), status);
    }
}
