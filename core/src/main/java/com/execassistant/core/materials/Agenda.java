package com.execassistant.core.materials;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An agenda before rendering: what every writer produces so that all agendas look alike.
 *
 * @param heading the meeting's title and date
 * @param timeLine when it happens, for people
 * @param typeLabel the meeting type, for people ("Leadership meeting")
 * @param start the first section's start time, or null when the meeting has no clock time (all-day)
 * @param minutes the planned length; the sections' minutes add up to it exactly
 * @param notices sentences to show before the sections (missing context, missing answers)
 */
public record Agenda(
        String heading,
        String timeLine,
        String typeLabel,
        ZonedDateTime start,
        int minutes,
        List<String> notices,
        List<AgendaSection> sections) {

    public Agenda {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(timeLine, "timeLine");
        Objects.requireNonNull(typeLabel, "typeLabel");
        notices = notices == null ? List.of() : List.copyOf(notices);
        sections = List.copyOf(sections);
        int sum = sections.stream().mapToInt(AgendaSection::minutes).sum();
        if (sections.isEmpty() || sum != minutes) {
            throw new IllegalArgumentException(
                    "agenda sections add up to " + sum + " minutes, not the planned " + minutes);
        }
    }
}
