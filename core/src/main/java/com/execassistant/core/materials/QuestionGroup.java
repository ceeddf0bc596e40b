package com.execassistant.core.materials;

import java.util.List;
import java.util.Objects;

/** Questions for one audience or topic ("Budget: for the budget owners"), plain text. */
public record QuestionGroup(String heading, List<String> questions) {

    public QuestionGroup {
        Objects.requireNonNull(heading, "heading");
        questions = List.copyOf(questions);
    }
}
