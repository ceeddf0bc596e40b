package com.execassistant.desktop.ui.settings;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Pattern;

/** A time of day typed as "HH:MM" (24-hour), checked the way prep.yaml will read it. */
public final class ClockTime {

    private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private ClockTime() {}

    /** The time, or empty when the text is not a 24-hour HH:MM time. */
    public static Optional<LocalTime> parse(String text) {
        String t = text == null ? "" : text.trim();
        return HH_MM.matcher(t).matches() ? Optional.of(LocalTime.parse(t)) : Optional.empty();
    }
}
