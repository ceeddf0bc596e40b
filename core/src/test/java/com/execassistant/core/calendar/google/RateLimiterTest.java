package com.execassistant.core.calendar.google;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private long nanos;
    private final List<Duration> waits = new ArrayList<>();

    private RateLimiter limiter(int perMinute) {
        return new RateLimiter(
                perMinute,
                () -> nanos,
                d -> {
                    waits.add(d);
                    nanos += d.toNanos();
                });
    }

    @Test
    void aMinutesWorthOfRequestsGoesOutWithoutWaiting() throws Exception {
        RateLimiter limiter = limiter(60);

        for (int i = 0; i < 60; i++) {
            limiter.acquire();
        }

        assertThat(waits).isEmpty();
    }

    @Test
    void requestBeyondTheBudgetWaitsForOneTokenToRefill() throws Exception {
        RateLimiter limiter = limiter(60);
        for (int i = 0; i < 60; i++) {
            limiter.acquire();
        }

        limiter.acquire();

        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void sustainedLoadSettlesAtTheConfiguredRate() throws Exception {
        RateLimiter limiter = limiter(120);
        long start = nanos;

        for (int i = 0; i < 120 + 240; i++) {
            limiter.acquire();
        }

        // 120 from the full bucket, 240 more at 2 per second.
        assertThat(Duration.ofNanos(nanos - start)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void idleTimeRefillsTheBucketButNotBeyondOneMinutesWorth() throws Exception {
        RateLimiter limiter = limiter(10);
        for (int i = 0; i < 10; i++) {
            limiter.acquire();
        }
        nanos += Duration.ofHours(1).toNanos();

        for (int i = 0; i < 10; i++) {
            limiter.acquire();
        }
        assertThat(waits).isEmpty();

        limiter.acquire();
        assertThat(waits).containsExactly(Duration.ofSeconds(6));
    }
}
