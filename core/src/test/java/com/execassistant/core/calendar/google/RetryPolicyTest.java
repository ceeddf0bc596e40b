package com.execassistant.core.calendar.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

    private final RetryPolicy policy =
            new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(1000));

    @ParameterizedTest(name = "retry {0} waits at most {1} ms")
    @CsvSource({"1, 100", "2, 200", "3, 400", "4, 800", "5, 1000", "9, 1000"})
    void waitIsCappedExponentiallyThenByTheMaximum(int retry, long capMillis) {
        // A generator that always draws the top of the range shows the cap itself.
        RandomGenerator highest = new TopOfRange();

        assertThat(policy.delayBefore(retry, highest)).isEqualTo(Duration.ofMillis(capMillis));
    }

    @Test
    void jitterSpreadsWaitsOverTheWholeRange() {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(42);
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 2000; i++) {
            long wait = policy.delayBefore(3, random).toMillis();
            min = Math.min(min, wait);
            max = Math.max(max, wait);
        }

        assertThat(min).isLessThan(40);
        assertThat(max).isBetween(360L, 400L);
    }

    @Test
    void policyNeedsAtLeastOneAttempt() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final class TopOfRange implements RandomGenerator {
        @Override
        public long nextLong() {
            throw new UnsupportedOperationException();
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    }
}
