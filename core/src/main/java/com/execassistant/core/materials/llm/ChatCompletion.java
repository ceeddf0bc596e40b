package com.execassistant.core.materials.llm;

import com.execassistant.core.materials.MaterialsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The OpenAI chat completions wire format, as far as an LLM writer needs it: the request body with
 * the plan schema as structured output, and the model's text from the answer.
 *
 * <p>No temperature or token limit is sent: newer OpenAI models reject non-default values for both,
 * and the writer's time limit already bounds a long answer.
 */
final class ChatCompletion {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ERROR_CHARS = 200;

    private ChatCompletion() {}

    static String requestBody(String model, Prompt prompt) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", model);
        body.put("stream", false);
        var messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", prompt.system());
        messages.addObject().put("role", "user").put("content", prompt.user());
        ObjectNode schema = body.putObject("response_format").put("type", "json_schema");
        schema.putObject("json_schema")
                .put("name", PlanSchema.NAME)
                .put("strict", true)
                .set("schema", PlanSchema.schema());
        return body.toString();
    }

    /** The assistant's text from a 2xx answer. */
    static String content(String responseBody) throws MaterialsException {
        JsonNode root;
        try {
            root = JSON.readTree(responseBody);
        } catch (IOException e) {
            throw Failures.invalid("the server's reply is not JSON");
        }
        JsonNode choice = root == null ? null : root.path("choices").path(0);
        if (choice == null || choice.isMissingNode()) {
            throw Failures.invalid("the server's reply has no choices");
        }
        JsonNode message = choice.path("message");
        if (message.hasNonNull("refusal")) {
            throw Failures.invalid("the model declined to write a plan");
        }
        if ("length".equals(choice.path("finish_reason").asText())) {
            throw Failures.invalid("the model's answer was cut off before the plan was complete");
        }
        JsonNode content = message.path("content");
        if (!content.isTextual() || content.asText().isBlank()) {
            throw Failures.invalid("the model's answer was empty");
        }
        return content.asText();
    }

    /** The server's own error message, if it gave one, shortened. */
    static String errorMessage(String responseBody) {
        try {
            JsonNode error = JSON.readTree(responseBody).path("error");
            String message = error.isTextual() ? error.asText() : error.path("message").asText("");
            String oneLine = message.strip().replaceAll("\\s+", " ");
            return oneLine.length() <= MAX_ERROR_CHARS
                    ? oneLine
                    : oneLine.substring(0, MAX_ERROR_CHARS - 3) + "...";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
