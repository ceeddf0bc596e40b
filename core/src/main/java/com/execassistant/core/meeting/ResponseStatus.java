package com.execassistant.core.meeting;

import java.util.Locale;

/** An attendee's answer to an invitation, named as Google Calendar and iCalendar PARTSTAT do. */
public enum ResponseStatus {
    NEEDS_ACTION("needsAction"),
    ACCEPTED("accepted"),
    DECLINED("declined"),
    TENTATIVE("tentative");

    private final String wire;

    ResponseStatus(String wire) {
        this.wire = wire;
    }

    /** The name used in JSON output and by Google's API. */
    public String wire() {
        return wire;
    }

    /**
     * Reads Google's names ("needsAction") and iCalendar's PARTSTAT values ("NEEDS-ACTION"),
     * ignoring case; anything unknown counts as not yet answered.
     */
    public static ResponseStatus parse(String value) {
        if (value == null) {
            return NEEDS_ACTION;
        }
        String v = value.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return switch (v) {
            case "accepted" -> ACCEPTED;
            case "declined" -> DECLINED;
            case "tentative" -> TENTATIVE;
            default -> NEEDS_ACTION;
        };
    }
}
