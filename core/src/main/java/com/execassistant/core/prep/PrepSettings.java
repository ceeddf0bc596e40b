package com.execassistant.core.prep;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How the workflow behaves for the user.
 *
 * @param chatTimeout how long to wait for answers (24 h by default), never past the reminder
 * @param workingHours when prep may start
 * @param zone the user's time zone, for messages
 * @param maxAttempts tries per step before the run fails
 * @param retryBase the first retry's delay; it doubles each time
 * @param retryMax the longest retry delay
 */
public record PrepSettings(
        Duration chatTimeout,
        WorkingHours workingHours,
        ZoneId zone,
        int maxAttempts,
        Duration retryBase,
        Duration retryMax) {

    public PrepSettings {
        Objects.requireNonNull(chatTimeout, "chatTimeout");
        Objects.requireNonNull(workingHours, "workingHours");
        Objects.requireNonNull(zone, "zone");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public static PrepSettings defaults(ZoneId zone) {
        return new PrepSettings(
                Duration.ofHours(24),
                WorkingHours.officeHours(zone),
                zone,
                5,
                Duration.ofSeconds(30),
                Duration.ofMinutes(30));
    }

    /** Delay before retry number {@code attempt} (1-based): base, 2x, 4x ... up to the max. */
    public Duration retryDelay(int attempt) {
        long factor = 1L << Math.min(20, Math.max(0, attempt - 1));
        Duration d = retryBase.multipliedBy(factor);
        return d.compareTo(retryMax) > 0 ? retryMax : d;
    }
}
