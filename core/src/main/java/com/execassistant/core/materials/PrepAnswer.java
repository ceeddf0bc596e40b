package com.execassistant.core.materials;

import java.util.Objects;

/**
 * One prep question and what the user said to it.
 *
 * @param question the question as it was asked
 * @param answer the user's words, or null when skipped
 * @param skipped whether the user chose to skip the question; a blank answer counts as skipped
 */
public record PrepAnswer(String question, String answer, boolean skipped) {

    public PrepAnswer {
        Objects.requireNonNull(question, "question");
        if (skipped || answer == null || answer.isBlank()) {
            answer = null;
            skipped = true;
        } else {
            answer = answer.strip();
        }
    }

    public static PrepAnswer answered(String question, String answer) {
        return new PrepAnswer(question, answer, false);
    }

    public static PrepAnswer skipped(String question) {
        return new PrepAnswer(question, null, true);
    }

    public boolean isAnswered() {
        return !skipped;
    }
}
