package com.execassistant.desktop.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Reads the dates and times users type: 2026-03-01, 2026-03-01T09:00, or with an offset. */
final class TimeArgs {

    private TimeArgs() {}

    static Instant parse(String value, ZoneId zone, String option) {
        String v = value.trim();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(zone).toInstant();
            }
            if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(v.replace("Z", "+00:00")).toInstant();
            }
            return LocalDateTime.parse(v).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw UserError.badInput(
                    option
                            + " must be a date like 2026-03-01 or a time like 2026-03-01T09:00Z, not '"
                            + value
                            + "'");
        }
    }
}
