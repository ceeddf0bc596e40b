package com.execassistant.core.notify.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Slack Web API on loopback: the methods the Slack channel calls, answering as Slack does (HTTP
 * 200 with {@code ok}), with helpers to read what the real SDK sent.
 */
public final class FakeSlackWeb implements AutoCloseable {

    public static final String BOT_TOKEN = "xoxb-test-bot";
    public static final String APP_TOKEN = "xapp-test-app";
    public static final String USER = "U0EXEC";
    public static final String DM = "D0DM42";
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static final ObjectMapper JSON = new ObjectMapper();

    public final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    public FakeSlackWeb() {
        server.start();
        answer("conversations.open", "{\"ok\":true,\"channel\":{\"id\":\"" + DM + "\"}}");
        answer(
                "chat.postMessage",
                "{\"ok\":true,\"channel\":\"" + DM + "\",\"ts\":\"1700000000.000100\"}");
        answer(
                "files.getUploadURLExternal",
                "{\"ok\":true,\"file_id\":\"F0FILE\",\"upload_url\":\""
                        + server.baseUrl()
                        + "/upload/F0FILE\"}");
        server.stubFor(
                post(urlPathEqualTo("/upload/F0FILE"))
                        .willReturn(aResponse().withStatus(200).withBody("OK")));
        answer(
                "files.completeUploadExternal",
                "{\"ok\":true,\"files\":[{\"id\":\"F0FILE\",\"title\":\"agenda.html\"}]}");
        answer("conversations.history", "{\"ok\":true,\"messages\":[]}");
    }

    public SlackSettings settings() {
        return new SlackSettings(
                BOT_TOKEN,
                APP_TOKEN,
                USER,
                URI.create(server.baseUrl()),
                ZONE,
                Duration.ofSeconds(2));
    }

    /** Makes a Web API method answer with this JSON (HTTP 200). */
    public void answer(String method, String json) {
        server.stubFor(post(urlPathEqualTo("/api/" + method)).willReturn(okJson(json)));
    }

    /** Makes a Web API method answer with an HTTP status and no Slack body. */
    public void answerStatus(String method, int status) {
        server.stubFor(
                post(urlPathEqualTo("/api/" + method)).willReturn(aResponse().withStatus(status)));
    }

    /** The requests the SDK sent to a method, oldest first. */
    public List<LoggedRequest> calls(String method) {
        return server.findAll(postRequestedFor(urlPathEqualTo("/api/" + method)));
    }

    /** The only request sent to a method, as its form fields. */
    public Map<String, String> onlyForm(String method) {
        List<LoggedRequest> calls = calls(method);
        if (calls.size() != 1) {
            throw new AssertionError(method + " was called " + calls.size() + " times, not once");
        }
        return form(calls.get(0));
    }

    public static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return fields;
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop();
    }
}
