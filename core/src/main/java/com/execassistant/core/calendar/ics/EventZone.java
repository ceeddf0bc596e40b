package com.execassistant.core.calendar.ics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Places the wall-clock times written in a file on the time line. Recurrence rules are expanded in
 * wall-clock time and only then placed, so a weekly 10:00 meeting stays at 10:00 across daylight
 * saving changes.
 */
sealed interface EventZone {

    /** The instant a wall-clock time denotes; a time in a spring-forward gap moves forward. */
    ZonedDateTime place(LocalDateTime wallTime);

    /** The wall-clock time this zone shows at an instant. */
    LocalDateTime wallTime(Instant instant);

    /** A zone the time-zone database knows: the normal case, and the one whose name survives. */
    record Known(ZoneId zone) implements EventZone {
        @Override
        public ZonedDateTime place(LocalDateTime wallTime) {
            return ZonedDateTime.of(wallTime, zone);
        }

        @Override
        public LocalDateTime wallTime(Instant instant) {
            return LocalDateTime.ofInstant(instant, zone);
        }
    }

    /**
     * Times written in UTC ("Z"): expanded in UTC, shown in the calendar's zone because that is the
     * clock its owner reads.
     */
    record Utc(ZoneId shownIn) implements EventZone {
        @Override
        public ZonedDateTime place(LocalDateTime wallTime) {
            return wallTime.atZone(ZoneOffset.UTC).withZoneSameInstant(shownIn);
        }

        @Override
        public LocalDateTime wallTime(Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
    }

    /**
     * A VTIMEZONE whose name matches no database zone ("Customized Time Zone"): its own rules
     * decide the offset, and each time carries that fixed offset since there is no zone name to
     * keep.
     */
    record Defined(TimeZone rules) implements EventZone {
        @Override
        public ZonedDateTime place(LocalDateTime wallTime) {
            GregorianCalendar calendar = new GregorianCalendar(rules);
            calendar.clear();
            calendar.set(
                    wallTime.getYear(),
                    wallTime.getMonthValue() - 1,
                    wallTime.getDayOfMonth(),
                    wallTime.getHour(),
                    wallTime.getMinute(),
                    wallTime.getSecond());
            Instant instant = Instant.ofEpochMilli(calendar.getTimeInMillis());
            return ZonedDateTime.ofInstant(instant, offsetAt(instant));
        }

        @Override
        public LocalDateTime wallTime(Instant instant) {
            return LocalDateTime.ofInstant(instant, offsetAt(instant));
        }

        private ZoneOffset offsetAt(Instant instant) {
            return ZoneOffset.ofTotalSeconds(rules.getOffset(instant.toEpochMilli()) / 1000);
        }
    }
}
