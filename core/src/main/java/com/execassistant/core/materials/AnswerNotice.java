package com.execassistant.core.materials;

import java.util.Optional;

/** The sentence telling the user how much of the prep Q&A went into the materials. */
final class AnswerNotice {

    static final String NO_ANSWERS = "No prep answers";

    private AnswerNotice() {}

    /**
     * @param questionCount how many prep questions the meeting type has
     */
    static Optional<String> of(PrepAnswers answers, int questionCount) {
        long answered = answers.answered().size();
        long asked = Math.max(questionCount, answers.answers().size());
        if (answered == 0) {
            String why =
                    switch (answers.outcome()) {
                        case TIMED_OUT -> "the prep questions were not answered in time";
                        case NOT_ASKED -> "no prep questions were asked for this meeting";
                        case DONE_EARLY -> "prep was ended before any question was answered";
                        case COMPLETED -> "every prep question was skipped";
                    };
            return Optional.of(
                    NO_ANSWERS
                            + ": "
                            + why
                            + ", so these materials are built from the calendar and context"
                            + " only.");
        }
        return switch (answers.outcome()) {
            case TIMED_OUT ->
                    Optional.of(
                            "Prep was not finished in time: "
                                    + answered
                                    + " of "
                                    + asked
                                    + " questions answered.");
            case DONE_EARLY ->
                    Optional.of(
                            "Prep ended early: "
                                    + answered
                                    + " of "
                                    + asked
                                    + " questions answered.");
            case COMPLETED, NOT_ASKED -> Optional.empty();
        };
    }
}
