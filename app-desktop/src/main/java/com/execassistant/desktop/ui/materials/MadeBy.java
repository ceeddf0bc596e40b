package com.execassistant.desktop.ui.materials;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** "Made by the template writer on Tue 24 Nov at 09:12, in 40 ms." */
final class MadeBy {

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("EEE d MMM 'at' HH:mm", Locale.ENGLISH);

    private MadeBy() {}

    /**
     * @param writer the writer's name as recorded, e.g. "bedrock" or "template (fallback from
     *     bedrock)"
     * @param at when the materials were generated
     * @param millis how long the writer took, or null when not recorded
     */
    static String sentence(String writer, Instant at, Long millis, ZoneId zone) {
        String who = writer == null || writer.isBlank() ? "unknown" : writer.strip();
        int aside = who.indexOf(" (");
        // "template (fallback from bedrock)" reads "the template writer (fallback from bedrock)".
        String name =
                aside < 0
                        ? "the " + who + " writer"
                        : "the " + who.substring(0, aside) + " writer" + who.substring(aside);
        StringBuilder s = new StringBuilder("Made by ").append(name);
        if (at != null) {
            s.append(" on ").append(AT.format(at.atZone(zone)));
        }
        if (millis != null) {
            s.append(", in ").append(duration(millis));
        }
        return s.append('.').toString();
    }

    static String duration(long millis) {
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ENGLISH, "%.1f s", millis / 1000.0);
        }
        return (millis / 60_000) + " min " + (millis % 60_000) / 1000 + " s";
    }
}
