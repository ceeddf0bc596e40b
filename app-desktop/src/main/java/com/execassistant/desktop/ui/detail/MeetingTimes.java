package com.execassistant.desktop.ui.detail;

import com.execassistant.core.meeting.CalendarEvent;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A meeting's time in the user's zone, and in the event's own zone when that differs. */
public final class MeetingTimes {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private MeetingTimes() {}

    /** A moment in the user's zone, e.g. "Tue 24 Nov, 10:30". */
    public static String clock(java.time.Instant t, ZoneId user) {
        return DAY.format(t.atZone(user));
    }

    public static String describe(CalendarEvent e, ZoneId user) {
        ZonedDateTime s = e.start().withZoneSameInstant(user);
        ZonedDateTime t = e.end().withZoneSameInstant(user);
        if (e.allDay()) {
            return DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH).format(e.start())
                    + ", all day";
        }
        String mine = DAY.format(s) + "-" + HOUR.format(t) + " (your time)";
        ZoneId own = e.start().getZone();
        if (own.normalized().equals(user.normalized())
                || e.start().getOffset().equals(s.getOffset())) {
            return mine;
        }
        return mine
                + "; "
                + HOUR.format(e.start())
                + "-"
                + HOUR.format(e.end())
                + " "
                + own.getId();
    }
}
