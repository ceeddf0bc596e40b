package com.execassistant.core.materials.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how an {@link OpenAiCompatibleWriter} reaches its model.
 *
 * @param baseUrl the API root as OpenAI's own clients take it: {@code https://api.openai.com/v1},
 *     {@code http://localhost:11434/v1} (Ollama), {@code http://localhost:1234/v1} (LM Studio); a
 *     root with no path gets {@code /v1}. Requests go to {@code <baseUrl>/chat/completions}.
 * @param model the model's name on that server ({@code llama3.1}, {@code gpt-4o-mini})
 * @param apiKey sent as a bearer token, or null for servers without one; never logged or printed
 * @param timeLimit the most one write may take, connection to last byte
 */
public record OpenAiSettings(URI baseUrl, String model, String apiKey, Duration timeLimit) {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    public OpenAiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (baseUrl.getScheme() == null
                || !(baseUrl.getScheme().equals("http") || baseUrl.getScheme().equals("https"))
                || baseUrl.getHost() == null) {
            throw new IllegalArgumentException(
                    "The AI writer's address must start with http:// or https://, not "
                            + safe(baseUrl));
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("The AI writer needs a model name.");
        }
        model = model.strip();
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        timeLimit = timeLimit == null ? DEFAULT_TIME_LIMIT : timeLimit;
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The AI writer's time limit must be positive.");
        }
    }

    /** A server without an API key, with the default time limit. */
    public static OpenAiSettings of(String baseUrl, String model) {
        return new OpenAiSettings(URI.create(baseUrl), model, null, DEFAULT_TIME_LIMIT);
    }

    public OpenAiSettings withApiKey(String key) {
        return new OpenAiSettings(baseUrl, model, key, timeLimit);
    }

    public OpenAiSettings withTimeLimit(Duration limit) {
        return new OpenAiSettings(baseUrl, model, apiKey, limit);
    }

    /** The chat completions endpoint. */
    public URI endpoint() {
        String root = baseUrl.toString().replaceAll("/+$", "");
        String path = baseUrl.getPath();
        return URI.create(
                (path == null || path.isEmpty() || path.equals("/") ? root + "/v1" : root)
                        + "/chat/completions");
    }

    /** The server for messages: scheme, host and port only, so no credential in a URL leaks. */
    public String server() {
        return safe(baseUrl);
    }

    /** Shows whether a key is set, never the key. */
    @Override
    public String toString() {
        return "OpenAiSettings[baseUrl="
                + server()
                + ", model="
                + model
                + ", apiKey="
                + (apiKey == null ? "none" : "(set)")
                + ", timeLimit="
                + timeLimit
                + "]";
    }

    private static String safe(URI uri) {
        if (uri.getHost() == null) {
            return "an address without a host";
        }
        return uri.getScheme()
                + "://"
                + uri.getHost()
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
