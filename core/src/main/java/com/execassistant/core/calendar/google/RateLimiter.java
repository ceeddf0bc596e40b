package com.execassistant.core.calendar.google;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A token bucket holding up to one minute's worth of requests and refilling at {@code
 * requestsPerMinute / 60} per second. A burst (a full sync's pages) goes out at once; a sustained
 * load settles at the configured rate, which keeps the account under Google's per-minute quota.
 */
final class RateLimiter {

    private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    private final int capacity;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private double tokens;
    private long lastRefill;

    RateLimiter(int requestsPerMinute, LongSupplier nanoClock, Sleeper sleeper) {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requests per minute must be at least 1");
        }
        this.capacity = requestsPerMinute;
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
        this.tokens = requestsPerMinute;
        this.lastRefill = nanoClock.getAsLong();
    }

    /** Takes one request's token, waiting until one is available. */
    synchronized void acquire() throws InterruptedException {
        refill();
        while (tokens < 1) {
            double missing = 1 - tokens;
            long waitNanos = (long) Math.ceil(missing * NANOS_PER_MINUTE / capacity);
            sleeper.sleep(Duration.ofNanos(waitNanos));
            refill();
        }
        tokens -= 1;
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        long elapsed = now - lastRefill;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + (double) elapsed * capacity / NANOS_PER_MINUTE);
            lastRefill = now;
        }
    }
}
