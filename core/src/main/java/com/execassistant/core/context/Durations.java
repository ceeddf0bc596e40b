package com.execassistant.core.context;

import java.time.Duration;

/** Durations written for people: "5 s", "250 ms". */
final class Durations {

    private Durations() {}

    static String plain(Duration d) {
        long millis = d.toMillis();
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return millis < 1000
                ? millis + " ms"
                : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
