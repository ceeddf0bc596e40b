package com.execassistant.core.materials.llm;

import com.execassistant.core.materials.Materials;
import com.execassistant.core.materials.MaterialsException;
import com.execassistant.core.materials.MaterialsFrame;
import com.execassistant.core.materials.MaterialsRequest;
import com.execassistant.core.materials.MaterialsWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A materials writer backed by any OpenAI-compatible chat completions endpoint: a local Ollama, LM
 * Studio or vLLM, or OpenAI itself. It asks for a plan with the {@link PlanSchema} as structured
 * output, checks it with {@link PlanParser} and renders it with the shared renderers, so the model
 * never writes markup.
 *
 * <p>One attempt per write, within the time limit from connecting to the last byte: the caller
 * falls back to the template writer at once rather than keep the user waiting, and the workflow's
 * own retry policy decides about later attempts. Fails with a {@link MaterialsException}: {@code
 * UNAVAILABLE} (unreachable, HTTP 408/429/5xx), {@code TIMED_OUT}, {@code INVALID_OUTPUT} (not a
 * valid plan) or {@code FAILED} (the request was refused, e.g. a wrong key or model).
 */
public final class OpenAiCompatibleWriter implements MaterialsWriter, AutoCloseable {

    /** Writer names are {@code openai:<model>}. */
    public static final String NAME_PREFIX = "openai:";

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiCompatibleWriter.class);

    private final OpenAiSettings settings;
    private final Clock clock;
    private final HttpClient http;

    public OpenAiCompatibleWriter(OpenAiSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /**
     * @param clock gives {@link Materials#generatedAt()}
     */
    public OpenAiCompatibleWriter(OpenAiSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http =
                HttpClient.newBuilder()
                        .connectTimeout(settings.timeLimit())
                        // Local servers speak HTTP/1.1; an h2c upgrade attempt only costs time.
                        .version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
    }

    @Override
    public String name() {
        return NAME_PREFIX + settings.model();
    }

    public OpenAiSettings settings() {
        return settings;
    }

    @Override
    public Materials write(MaterialsRequest request) throws MaterialsException {
        Objects.requireNonNull(request, "request");
        long started = System.nanoTime();
        Prompt prompt = PromptBuilder.build(request);
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(settings.endpoint())
                        .timeout(settings.timeLimit())
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        ChatCompletion.requestBody(settings.model(), prompt),
                                        StandardCharsets.UTF_8));
        if (settings.apiKey() != null) {
            builder.header("Authorization", "Bearer " + settings.apiKey());
        }
        LOG.debug("Asking {} at {} for materials", settings.model(), settings.server());
        HttpResponse<String> response = send(builder.build(), started);
        String content = ChatCompletion.content(checked(response));
        MaterialsPlan plan = PlanParser.parse(content, MaterialsFrame.of(request).minutes());
        return plan.render(
                request, name(), clock.instant(), Duration.ofNanos(System.nanoTime() - started));
    }

    private HttpResponse<String> send(HttpRequest request, long started) throws MaterialsException {
        // HttpRequest.timeout stops at the response headers; waiting on the future bounds the
        // body too, so a server that trickles its answer cannot hold the write past the limit.
        CompletableFuture<HttpResponse<String>> call =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long left = settings.timeLimit().toNanos() - (System.nanoTime() - started);
        try {
            return call.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw Failures.timedOut(settings.timeLimit());
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw Failures.failed("The AI writer was interrupted.", e);
        } catch (ExecutionException e) {
            throw Failures.ofTransport(e.getCause(), settings.server(), settings.timeLimit());
        }
    }

    private String checked(HttpResponse<String> response) throws MaterialsException {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response.body();
        }
        if (status == 408 || status == 429 || status >= 500) {
            throw Failures.unavailable(status);
        }
        String detail = ChatCompletion.errorMessage(response.body());
        String sentence =
                switch (status) {
                    case 401, 403 ->
                            "The AI writer's server refused the request (HTTP "
                                    + status
                                    + "): check its API key.";
                    case 404 ->
                            "The AI writer's server has no model \""
                                    + settings.model()
                                    + "\" or no chat completions endpoint (HTTP 404).";
                    default ->
                            "The AI writer's server rejected the request (HTTP "
                                    + status
                                    + ")"
                                    + (detail.isEmpty()
                                            ? "."
                                            : ": " + detail + (detail.endsWith(".") ? "" : "."));
                };
        throw Failures.failed(sentence, null);
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "OpenAiCompatibleWriter[" + settings + "]";
    }
}
