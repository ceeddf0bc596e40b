package com.execassistant.core.materials;

import java.util.List;
import java.util.Objects;

/**
 * One timed item of an agenda.
 *
 * @param id a stable key: {@code priorities}, {@code opening}, a context source's key ({@code
 *     budget}, ...), {@code decision-1}, ..., {@code wrap-up}
 * @param minutes time given to the section; zero means "if time allows"
 * @param points what to cover, plain text
 */
public record AgendaSection(String id, String title, int minutes, List<String> points) {

    public AgendaSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (minutes < 0) {
            throw new IllegalArgumentException("section " + id + " has negative minutes");
        }
        points = points == null ? List.of() : List.copyOf(points);
    }
}
