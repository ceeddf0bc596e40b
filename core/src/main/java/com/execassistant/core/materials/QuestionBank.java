package com.execassistant.core.materials;

import java.util.List;
import java.util.Objects;

/**
 * A question bank before rendering: what every writer produces so that all look alike.
 *
 * @param heading the meeting's title
 * @param subtitle the meeting type and time
 * @param notices sentences to show first (missing context, missing answers)
 */
public record QuestionBank(
        String heading, String subtitle, List<String> notices, List<QuestionGroup> groups) {

    public QuestionBank {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(subtitle, "subtitle");
        notices = notices == null ? List.of() : List.copyOf(notices);
        groups = List.copyOf(groups);
    }
}
