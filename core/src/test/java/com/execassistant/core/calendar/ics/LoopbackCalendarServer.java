package com.execassistant.core.calendar.ics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 publishing calendars the way calendar providers do. */
final class LoopbackCalendarServer implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);

    LoopbackCalendarServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
    }

    /** Serves {@code body} with {@code status} at {@code path}. */
    LoopbackCalendarServer serve(String path, int status, String contentType, String body) {
        server.createContext(
                path,
                exchange -> {
                    requests.incrementAndGet();
                    exchange.getResponseHeaders().set("Content-Type", contentType);
                    send(exchange, status, body);
                });
        return this;
    }

    /** Answers {@code path} with a redirect to {@code target}. */
    LoopbackCalendarServer redirect(String path, String target) {
        server.createContext(
                path,
                exchange -> {
                    requests.incrementAndGet();
                    exchange.getResponseHeaders().set("Location", url(target));
                    send(exchange, 302, "");
                });
        return this;
    }

    /** Accepts requests at {@code path} and never answers until the server closes. */
    LoopbackCalendarServer hang(String path) {
        server.createContext(
                path,
                exchange -> {
                    try {
                        released.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.close();
                });
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int requests() {
        return requests.get();
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
