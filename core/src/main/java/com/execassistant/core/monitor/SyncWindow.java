package com.execassistant.core.monitor;

import com.execassistant.core.meeting.CalendarEvent;
import java.time.Duration;
import java.time.Instant;

/**
 * The span of time the monitor keeps in step with the calendar: by default one day behind and
 * fourteen days ahead of now.
 */
public record SyncWindow(Instant from, Instant to) {

    public static SyncWindow around(Instant now, int daysBehind, int daysAhead) {
        return new SyncWindow(
                now.minus(Duration.ofDays(daysBehind)), now.plus(Duration.ofDays(daysAhead)));
    }

    /** Whether any part of the occurrence lies in the window. */
    public boolean overlaps(CalendarEvent e) {
        return e.endInstant().isAfter(from) && e.startInstant().isBefore(to)
                || e.startInstant().equals(from);
    }
}
