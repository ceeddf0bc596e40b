package com.execassistant.core.calendar.ics;

import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;

/**
 * How long each occurrence lasts. Days are calendar days (an all-day event, or "P1D" across a
 * daylight saving change, keeps its wall-clock end); the rest is exact time.
 */
record EventLength(Period days, Duration exact) {

    static final EventLength ZERO = new EventLength(Period.ZERO, Duration.ZERO);
    static final EventLength ONE_DAY = new EventLength(Period.ofDays(1), Duration.ZERO);

    ZonedDateTime endAfter(ZonedDateTime start) {
        return start.plus(days).plus(exact);
    }
}
