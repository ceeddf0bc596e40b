package com.execassistant.core.context;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The organisational context a meeting type can ask for ({@code context_required}). */
public enum ContextKind {
    BUDGET("budget", "Budget"),
    BIG_ROCKS("big_rocks", "Strategic big rocks"),
    INCIDENTS("incidents", "Incidents"),
    STAFFING("staffing", "Staffing"),
    DECISIONS("decisions", "Pending decisions");

    private final String key;
    private final String title;

    ContextKind(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** The name used in YAML and file names. */
    public String key() {
        return key;
    }

    /** A heading for people. */
    public String title() {
        return title;
    }

    /** Every valid key, in declaration order, for error messages. */
    public static java.util.List<String> keys() {
        return Arrays.stream(values()).map(ContextKind::key).toList();
    }

    public static Optional<ContextKind> fromKey(String key) {
        String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.key.equals(k)).findFirst();
    }
}
