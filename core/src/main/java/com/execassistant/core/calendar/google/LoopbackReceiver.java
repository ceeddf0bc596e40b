package com.execassistant.core.calendar.google;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Receives the OAuth redirect on 127.0.0.1 at a port the system picks, and accepts it only when it
 * carries the state this sign-in sent. (The library's LocalServerReceiver does not check state.)
 */
final class LoopbackReceiver implements AutoCloseable {

    private static final String PATH = "/callback";

    private final HttpServer server;
    private final String expectedState;
    private final CompletableFuture<String> code = new CompletableFuture<>();

    LoopbackReceiver(String expectedState) throws IOException {
        this.expectedState = expectedState;
        // Port 0: the system picks a free port, so two sign-ins never collide.
        this.server =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PATH, this::handle);
        server.start();
    }

    String redirectUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** The authorization code, once the browser came back with it. */
    String awaitCode(Duration timeout) throws InterruptedException {
        try {
            return code.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new GoogleAuthorizationException(
                    "The Google sign-in was not completed within "
                            + timeout.toMinutes()
                            + " minutes. Start it again.");
        } catch (ExecutionException e) {
            throw (GoogleAuthorizationException) e.getCause();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        String state = query.getOrDefault("state", "");
        if (!MessageDigest.isEqual(
                state.getBytes(StandardCharsets.UTF_8),
                expectedState.getBytes(StandardCharsets.UTF_8))) {
            respond(
                    exchange,
                    400,
                    "This sign-in response does not belong to Exec Assistant's request.");
            code.completeExceptionally(
                    new GoogleAuthorizationException(
                            "The sign-in response did not carry the expected state, so it was"
                                    + " rejected. Start the sign-in again."));
        } else if (query.containsKey("error")) {
            respond(exchange, 200, "Sign-in cancelled. You can close this window.");
            code.completeExceptionally(
                    new GoogleAuthorizationException(
                            "Google sign-in did not grant access ("
                                    + query.get("error")
                                    + "). Start it again and allow calendar access."));
        } else if (query.get("code") == null || query.get("code").isBlank()) {
            respond(exchange, 400, "The sign-in response had no authorization code.");
            code.completeExceptionally(
                    new GoogleAuthorizationException(
                            "Google's sign-in response had no authorization code. Start it"
                                    + " again."));
        } else {
            respond(exchange, 200, "Exec Assistant is connected. You can close this window.");
            code.complete(query.get("code"));
        }
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body =
                ("<!doctype html><title>Exec Assistant</title><p>" + text + "</p>")
                        .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> parse(String rawQuery) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery == null) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.putIfAbsent(
                    URLDecoder.decode(key, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
