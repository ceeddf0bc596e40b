package com.execassistant.core.calendar;

import com.execassistant.core.meeting.CalendarEvent;
import java.util.List;

/**
 * What one calendar returned.
 *
 * @param calendarId the provider's calendar id
 * @param complete true when {@code events} is every occurrence of the window, so anything stored
 *     and not listed was deleted; false for an incremental change set, where deletions arrive as
 *     events with status cancelled and occurrences may lie outside the window
 * @param events the occurrences (complete) or the changes (incremental)
 * @param nextSyncState opaque state to pass back next time, or null when the source has none
 */
public record CalendarFetch(
        String calendarId, boolean complete, List<CalendarEvent> events, String nextSyncState) {

    public CalendarFetch {
        events = List.copyOf(events);
    }
}
