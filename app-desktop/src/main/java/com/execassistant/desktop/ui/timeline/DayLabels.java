package com.execassistant.desktop.ui.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Day headers as people say them: Today, Tomorrow, then the date. */
public final class DayLabels {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private DayLabels() {}

    public static String of(LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return "Today";
        }
        if (day.equals(today.plusDays(1))) {
            return "Tomorrow";
        }
        if (day.isBefore(today)) {
            return "Earlier - " + DATE.format(day);
        }
        return DATE.format(day);
    }
}
