package com.execassistant.core.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A kind of background the prep workflow gathers before a meeting. */
public enum ContextSource {
    BUDGET,
    BIG_ROCKS,
    INCIDENTS,
    STAFFING,
    DECISIONS;

    /** The name used in meeting_types.yaml, e.g. {@code big_rocks}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a name from meeting_types.yaml, ignoring case and surrounding blanks. */
    public static Optional<ContextSource> fromWire(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.wire().equals(v)).findFirst();
    }

    /** Every valid name, in declaration order, for error messages. */
    public static List<String> wireNames() {
        return Arrays.stream(values()).map(ContextSource::wire).toList();
    }
}
