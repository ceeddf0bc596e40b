package com.execassistant.core.materials;

import com.execassistant.core.meeting.CalendarEvent;
import java.time.Duration;

/**
 * The minutes an agenda is planned for. Usually the meeting's length; an all-day, zero-length or
 * multi-day event has no usable length, so a default is used and the agenda says so.
 *
 * @param notice a sentence explaining a default, or null when the meeting's own length is used
 */
record PlannedLength(int minutes, boolean clockTimed, String notice) {

    static final int ALL_DAY_MINUTES = 60;
    static final int UNKNOWN_MINUTES = 30;
    private static final Duration LONGEST = Duration.ofHours(12);

    static PlannedLength of(CalendarEvent meeting) {
        if (meeting.allDay()) {
            return new PlannedLength(
                    ALL_DAY_MINUTES,
                    false,
                    "This is an all-day event, so the agenda is planned for "
                            + ALL_DAY_MINUTES
                            + " minutes.");
        }
        Duration d = meeting.duration();
        long minutes = (d.toSeconds() + 30) / 60;
        if (minutes < 1) {
            return new PlannedLength(
                    UNKNOWN_MINUTES,
                    true,
                    "The invitation has no length, so the agenda is planned for "
                            + UNKNOWN_MINUTES
                            + " minutes.");
        }
        if (d.compareTo(LONGEST) > 0) {
            return new PlannedLength(
                    ALL_DAY_MINUTES,
                    false,
                    "The event spans more than 12 hours, so the agenda is planned for "
                            + ALL_DAY_MINUTES
                            + " minutes.");
        }
        return new PlannedLength((int) minutes, true, null);
    }
}
