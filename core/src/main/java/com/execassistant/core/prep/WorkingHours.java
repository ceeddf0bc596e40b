package com.execassistant.core.prep;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When the user may be interrupted. A prep trigger outside these hours moves to the next start of
 * working hours, unless that is after the meeting: then it moves back to the last working moment
 * before it, and failing that stays where it was - better a message at night than none.
 */
public record WorkingHours(LocalTime start, LocalTime end, Set<DayOfWeek> days, ZoneId zone) {

    public WorkingHours {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("working hours must end after they start");
        }
        if (days.isEmpty()) {
            // With no working day there is no "next morning": every trigger would be misplaced.
            throw new IllegalArgumentException("working hours need at least one working day");
        }
        days = Set.copyOf(days);
    }

    public static WorkingHours officeHours(ZoneId zone) {
        return new WorkingHours(
                LocalTime.of(8, 0),
                LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                zone);
    }

    public boolean contains(Instant t) {
        ZonedDateTime z = t.atZone(zone);
        LocalTime time = z.toLocalTime();
        return days.contains(z.getDayOfWeek()) && !time.isBefore(start) && time.isBefore(end);
    }

    /** The trigger moved into working hours and before {@code meetingStart}. */
    public Instant adjust(Instant trigger, Instant meetingStart) {
        if (contains(trigger)) {
            return trigger;
        }
        Instant next = nextStart(trigger);
        if (next.isBefore(meetingStart)) {
            return next;
        }
        Instant previous = previousEnd(trigger);
        return previous != null && previous.isBefore(meetingStart) ? previous : trigger;
    }

    private Instant nextStart(Instant t) {
        ZonedDateTime z = t.atZone(zone);
        ZonedDateTime candidate = z.toLocalDate().atTime(start).atZone(zone);
        if (!candidate.isAfter(z)) {
            candidate = candidate.plusDays(1);
        }
        for (int i = 0; i < 8 && !days.contains(candidate.getDayOfWeek()); i++) {
            candidate = candidate.plusDays(1);
        }
        return candidate.toInstant();
    }

    /** The last working minute before {@code t}, within the past week. */
    private Instant previousEnd(Instant t) {
        ZonedDateTime z = t.atZone(zone);
        ZonedDateTime candidate = z.toLocalDate().atTime(end).atZone(zone).minusMinutes(1);
        if (candidate.isAfter(z)) {
            candidate = candidate.minusDays(1);
        }
        for (int i = 0; i < 8; i++) {
            if (days.contains(candidate.getDayOfWeek())) {
                return candidate.toInstant();
            }
            candidate = candidate.minusDays(1);
        }
        return null;
    }
}
