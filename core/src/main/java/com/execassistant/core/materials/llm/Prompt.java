package com.execassistant.core.materials.llm;

import java.util.Objects;

/**
 * What an LLM writer sends a model.
 *
 * @param system the instructions, the same for every meeting but for the planned length
 * @param user the meeting's facts as a JSON document: the only data about the user that is sent
 */
public record Prompt(String system, String user) {

    public Prompt {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(user, "user");
    }
}
