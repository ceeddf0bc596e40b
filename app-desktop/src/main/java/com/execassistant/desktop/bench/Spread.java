package com.execassistant.desktop.bench;

import java.time.Duration;
import java.util.List;

/**
 * The spread of one measure over many runs: median, 95th percentile and worst, by the nearest-rank
 * method (the p-th percentile is a value that was actually measured).
 */
public record Spread(int count, Duration p50, Duration p95, Duration max) {

    public static Spread of(List<Duration> values) {
        if (values.isEmpty()) {
            return new Spread(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
        }
        List<Duration> sorted = values.stream().sorted().toList();
        return new Spread(
                sorted.size(), rank(sorted, 50), rank(sorted, 95), sorted.get(sorted.size() - 1));
    }

    private static Duration rank(List<Duration> sorted, int percent) {
        // ceil(percent * n / 100) in whole numbers: no rounding surprise at 0.95 * 20
        int rank = (percent * sorted.size() + 99) / 100;
        return sorted.get(Math.max(0, rank - 1));
    }

    /** "p50 12.3 ms, p95 45.6 ms, max 78.9 ms". */
    public String describe() {
        return "p50 %s, p95 %s, max %s".formatted(ms(p50), ms(p95), ms(max));
    }

    static String ms(Duration d) {
        return "%.1f ms".formatted(d.toNanos() / 1e6);
    }
}
