package com.execassistant.core.meeting;

import java.util.Locale;

/** Whether a meeting is on, pencilled in, or off. */
public enum MeetingStatus {
    CONFIRMED,
    TENTATIVE,
    CANCELLED;

    /** The lower-case name used in JSON output and by Google's API. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads Google's and iCalendar's status names; a missing status means confirmed. */
    public static MeetingStatus parse(String value) {
        if (value == null || value.isBlank()) {
            return CONFIRMED;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "cancelled", "canceled" -> CANCELLED;
            case "tentative" -> TENTATIVE;
            default -> CONFIRMED;
        };
    }
}
