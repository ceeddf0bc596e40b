package com.execassistant.desktop.ui.timeline;

import java.time.Instant;
import java.util.Locale;

/**
 * A meeting as the timeline shows it; plain values, so filtering 10,000 of them costs nothing.
 *
 * @param day the day header it sits under
 * @param time start time in the user's zone, "HH:mm" (or "all day")
 */
public record TimelineRow(
        String meetingId,
        Instant start,
        String day,
        String time,
        String title,
        String type,
        int attendees,
        PrepState prep,
        boolean cancelled)
        implements TimelineItem {

    /** Whether the row matches the search text (title, type or prep state, ignoring case). */
    public boolean matches(String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String q = search.trim().toLowerCase(Locale.ROOT);
        return title.toLowerCase(Locale.ROOT).contains(q)
                || type.toLowerCase(Locale.ROOT).contains(q)
                || prep.text().contains(q);
    }
}
