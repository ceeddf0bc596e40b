package com.execassistant.core.prep;

import com.execassistant.core.context.ContextBundle;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The gathered context as stored with the run. */
public final class ContextJson {

    private static final ObjectMapper JSON =
            new ObjectMapper()
                    .configure(
                            com.fasterxml.jackson.databind.DeserializationFeature
                                    .FAIL_ON_UNKNOWN_PROPERTIES,
                            false);

    private ContextJson() {}

    public static String write(ContextBundle bundle) {
        try {
            return JSON.writeValueAsString(bundle);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the gathered context", e);
        }
    }

    public static ContextBundle read(String json) {
        if (json == null) {
            return ContextBundle.empty();
        }
        try {
            return JSON.readValue(json, ContextBundle.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "the stored context cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
