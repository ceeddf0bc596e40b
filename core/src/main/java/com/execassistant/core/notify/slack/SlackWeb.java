package com.execassistant.core.notify.slack;

import com.execassistant.core.notify.NotificationException;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Slack Web API through the official SDK, with every failure turned into a {@link
 * NotificationException} whose message is a plain reason ("Slack rejected the message:
 * invalid_auth"). One instance per bot token; thread-safe.
 */
public final class SlackWeb {

    private final SlackSettings settings;
    private final Slack slack;
    private final MethodsClient methods;
    private final Map<String, String> dmByUser = new ConcurrentHashMap<>();

    public SlackWeb(SlackSettings settings) {
        this.settings = settings;
        SlackConfig config = config(settings);
        com.slack.api.util.http.SlackHttpClient http =
                new com.slack.api.util.http.SlackHttpClient(
                        com.slack.api.util.http.SlackHttpClient.buildOkHttpClient(config)
                                .newBuilder()
                                .socketFactory(new NoDelaySockets())
                                .build());
        http.setConfig(config);
        this.slack = Slack.getInstance(config, http);
        this.methods = slack.methods(settings.botToken());
    }

    private static SlackConfig config(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.methodsPrefix());
        int millis = Math.toIntExact(settings.timeout().toMillis());
        config.setHttpClientReadTimeoutMillis(millis);
        config.setHttpClientWriteTimeoutMillis(millis);
        config.setHttpClientCallTimeoutMillis(millis);
        // Per-method counters would only grow in a long-running desktop process.
        config.setStatsEnabled(false);
        return config;
    }

    public SlackSettings settings() {
        return settings;
    }

    Slack slack() {
        return slack;
    }

    MethodsClient methods() {
        return methods;
    }

    /**
     * The id of the DM channel between the bot and the user, opened once and then remembered (the
     * id of a DM never changes).
     */
    public String openDm(String userId) {
        return dmByUser.computeIfAbsent(
                userId,
                id ->
                        call(
                                        "the direct message",
                                        "conversations.open",
                                        () ->
                                                methods.conversationsOpen(
                                                        r -> r.users(java.util.List.of(id))))
                                .getChannel()
                                .getId());
    }

    /** One Web API call. {@code what} names the thing for the reason ("the message"). */
    <T extends SlackApiTextResponse> T call(String what, String method, SlackCall<T> call) {
        T response;
        try {
            response = call.run();
        } catch (SlackApiException e) {
            throw new NotificationException(httpReason(method, e), e);
        } catch (InterruptedIOException e) {
            throw new NotificationException(
                    "Slack did not answer "
                            + method
                            + " within "
                            + settings.timeout().toSeconds()
                            + " s.",
                    e);
        } catch (IOException e) {
            throw new NotificationException(
                    "Could not reach Slack for " + method + ": " + e.getMessage(), e);
        } catch (SlackFilesUploadV2Exception e) {
            throw new NotificationException(
                    "Slack rejected " + what + ": " + UploadFailure.reason(e), e);
        }
        if (!response.isOk()) {
            throw new NotificationException("Slack rejected " + what + ": " + response.getError());
        }
        return response;
    }

    private static String httpReason(String method, SlackApiException e) {
        int status = e.getResponse().code();
        if (status == 429) {
            String after = e.getResponse().header("Retry-After");
            return "Slack is limiting the rate of "
                    + method
                    + (after == null ? "." : "; it asks to wait " + after + " s.");
        }
        String error = e.getError() == null ? null : e.getError().getError();
        return "Slack answered HTTP "
                + status
                + " to "
                + method
                + (error == null ? "." : ": " + error);
    }

    /** A call to the SDK, which throws checked exceptions. */
    @FunctionalInterface
    interface SlackCall<T> {
        T run() throws IOException, SlackApiException;
    }
}
