package com.execassistant.desktop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadTest {

    @ParameterizedTest(name = "{0} values 1..{0} ms: p50 {1}, p95 {2}, max {3}")
    @CsvSource({
        "1, 1, 1, 1",
        "2, 1, 2, 2",
        "10, 5, 10, 10",
        "20, 10, 19, 20",
        "1000, 500, 950, 1000"
    })
    void percentilesAreNearestRankValuesThatWereMeasured(int n, long p50, long p95, long max) {
        // shuffled order: the spread must not depend on the order runs finished in
        List<Duration> values =
                IntStream.rangeClosed(1, n)
                        .map(i -> (i * 7919) % n + 1)
                        .mapToObj(Duration::ofMillis)
                        .toList();

        Spread s = Spread.of(values);

        assertThat(s.count()).isEqualTo(n);
        assertThat(s.p50()).isEqualTo(Duration.ofMillis(p50));
        assertThat(s.p95()).isEqualTo(Duration.ofMillis(p95));
        assertThat(s.max()).isEqualTo(Duration.ofMillis(max));
    }

    @Test
    void nothingMeasuredGivesZeroes() {
        Spread s = Spread.of(List.of());

        assertThat(s.count()).isZero();
        assertThat(s.p95()).isEqualTo(Duration.ZERO);
    }
}
