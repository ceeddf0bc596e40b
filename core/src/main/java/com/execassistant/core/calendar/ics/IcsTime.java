package com.execassistant.core.calendar.ics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/**
 * A date or date-time as written in the file (DTSTART, RECURRENCE-ID, EXDATE, ...): the wall-clock
 * value plus the zone that places it.
 *
 * @param wall the written value; midnight for a date
 * @param dateOnly whether it was a DATE (all-day) rather than a DATE-TIME
 * @param zone how to place it on the time line
 */
record IcsTime(LocalDateTime wall, boolean dateOnly, EventZone zone) {

    ZonedDateTime zoned() {
        return zone.place(wall);
    }

    Instant instant() {
        return zoned().toInstant();
    }

    /** The value as the file wrote it, for messages: "2026-03-06T14:00Z", "2026-03-06". */
    String written() {
        if (dateOnly) {
            return wall.toLocalDate().toString();
        }
        return wall + (zone instanceof EventZone.Utc ? "Z" : "");
    }

    /** Another wall-clock time of the same kind in the same zone: a recurrence instance. */
    IcsTime at(LocalDateTime otherWall) {
        return new IcsTime(otherWall, dateOnly, zone);
    }

    /**
     * Whether both name the same occurrence. A date matches any time on that day, because files mix
     * an all-day EXDATE or RECURRENCE-ID with a timed series.
     */
    boolean sameSlot(IcsTime other) {
        if (dateOnly || other.dateOnly) {
            return wall.toLocalDate().equals(other.wall.toLocalDate());
        }
        return instant().equals(other.instant());
    }
}
