package com.execassistant.core.classify;

import java.util.Locale;

/** Why a meeting gets no prep, even though it has a type. */
public enum SkipReason {
    CANCELLED("the meeting is cancelled"),
    DECLINED("you declined it"),
    ALL_DAY("it is an all-day event"),
    ALREADY_STARTED("it has already started");

    private final String explanation;

    SkipReason(String explanation) {
        this.explanation = explanation;
    }

    /** A short clause for the classification's rule text, e.g. "you declined it". */
    public String explanation() {
        return explanation;
    }

    /** The lower-case name used in JSON output, e.g. {@code all_day}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
