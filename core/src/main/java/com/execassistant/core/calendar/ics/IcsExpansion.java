package com.execassistant.core.calendar.ics;

import com.execassistant.core.calendar.SkippedEvent;
import com.execassistant.core.meeting.CalendarEvent;
import java.util.List;

/**
 * The occurrences of an iCalendar document in a window.
 *
 * @param occurrences every occurrence overlapping the window, sorted by start
 * @param skipped events left out because they are malformed, with the reason
 */
public record IcsExpansion(List<CalendarEvent> occurrences, List<SkippedEvent> skipped) {

    public IcsExpansion {
        occurrences = List.copyOf(occurrences);
        skipped = List.copyOf(skipped);
    }
}
