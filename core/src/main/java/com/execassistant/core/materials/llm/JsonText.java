package com.execassistant.core.materials.llm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the plan in a model's text. Servers that ignore the requested response format wrap the JSON
 * in prose or Markdown fences, and reasoning models prefix a {@code <think>} block, so the first
 * JSON object that looks like a plan is taken rather than the whole text.
 */
final class JsonText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?</think>");
    // Bounds the work on a long answer full of braces that never parse.
    private static final int MAX_TRIES = 20;

    private JsonText() {}

    /** The first JSON object with a {@code sections} field, else the first JSON object. */
    static Optional<JsonNode> firstPlan(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = THINKING.matcher(text).replaceAll("");
        JsonNode firstObject = null;
        int from = s.indexOf('{');
        for (int tries = 0; from >= 0 && tries < MAX_TRIES; tries++) {
            JsonNode node = objectAt(s, from);
            if (node != null && node.has("sections")) {
                return Optional.of(node);
            }
            if (firstObject == null) {
                firstObject = node;
            }
            from = s.indexOf('{', from + 1);
        }
        return Optional.ofNullable(firstObject);
    }

    // Reads one value starting at the brace and ignores whatever follows it (a closing fence,
    // a sentence), which ObjectMapper.readTree on the whole rest would reject.
    private static JsonNode objectAt(String s, int from) {
        try (JsonParser parser = JSON.createParser(s.substring(from))) {
            JsonNode node = parser.readValueAsTree();
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}
