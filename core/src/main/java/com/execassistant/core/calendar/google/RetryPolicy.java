package com.execassistant.core.calendar.google;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How often and how patiently to retry a request Google asked us to slow down on (403
 * rateLimitExceeded / userRateLimitExceeded, 429, 5xx) or that failed on the network.
 *
 * <p>Waits follow exponential backoff with full jitter: before retry {@code n} (1-based) the wait
 * is uniform in {@code [0, min(maxDelay, baseDelay * 2^(n-1))]}, which spreads out clients that
 * failed together.
 *
 * @param maxAttempts how many times a request is sent at most, the first one included
 * @param baseDelay the cap of the first wait
 * @param maxDelay the cap of any wait
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a request needs at least one attempt");
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("delays must satisfy 0 <= baseDelay <= maxDelay");
        }
    }

    /** Five attempts, waits capped at 1 s, 2 s, 4 s, 8 s: about 15 s in the worst case. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(32));
    }

    /** The wait before retry number {@code retry} (1 for the first retry). */
    Duration delayBefore(int retry, RandomGenerator random) {
        long capMillis = baseDelay.toMillis() << Math.min(retry - 1, 30);
        capMillis = Math.min(Math.max(capMillis, 0), maxDelay.toMillis());
        return Duration.ofMillis(capMillis == 0 ? 0 : random.nextLong(capMillis + 1));
    }
}
