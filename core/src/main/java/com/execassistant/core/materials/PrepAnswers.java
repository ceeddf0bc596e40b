package com.execassistant.core.materials;

import java.util.List;
import java.util.Objects;

/**
 * The answers from a meeting's prep Q&A, in the order the questions were asked, and how the Q&A
 * ended.
 */
public record PrepAnswers(List<PrepAnswer> answers, PrepOutcome outcome) {

    public PrepAnswers {
        answers = answers == null ? List.of() : List.copyOf(answers);
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Nothing answered because the time limit passed. */
    public static PrepAnswers timedOut() {
        return new PrepAnswers(List.of(), PrepOutcome.TIMED_OUT);
    }

    /** Nothing answered because no Q&A took place. */
    public static PrepAnswers notAsked() {
        return new PrepAnswers(List.of(), PrepOutcome.NOT_ASKED);
    }

    /** The questions that got an answer, in order. */
    public List<PrepAnswer> answered() {
        return answers.stream().filter(PrepAnswer::isAnswered).toList();
    }

    public boolean hasAnswers() {
        return answers.stream().anyMatch(PrepAnswer::isAnswered);
    }
}
