package com.execassistant.desktop.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback stand-in for Google Calendar's REST API and token endpoint, serving a fixed set of
 * events in pages, for the sync benchmark. Pages are rendered once so the figures measure the
 * client and the store, not this server.
 */
public final class FakeGoogleCalendar implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SYNC_TOKEN = "bench-sync-token";

    private final HttpServer server;
    private final List<byte[]> pages = new ArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();

    public FakeGoogleCalendar(int events, int pageSize, Instant from) throws IOException {
        renderPages(events, pageSize, from);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext(
                "/token",
                ex ->
                        reply(
                                ex,
                                "{\"access_token\":\"bench-access\",\"expires_in\":3600,\"token_type\":\"Bearer\"}"
                                        .getBytes(StandardCharsets.UTF_8)));
        server.createContext("/calendar/v3/users/me/calendarList", ex -> reply(ex, calendarList()));
        server.createContext("/calendar/v3/calendars/", this::events);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int requests() {
        return requests.get();
    }

    private void events(HttpExchange ex) throws IOException {
        String query = URI.create(ex.getRequestURI().toString()).getRawQuery();
        query = query == null ? "" : query;
        if (query.contains("syncToken=")) {
            reply(
                    ex,
                    ("{\"kind\":\"calendar#events\",\"items\":[],\"nextSyncToken\":\""
                                    + SYNC_TOKEN
                                    + "\"}")
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        int page = 0;
        for (String p : query.split("&")) {
            if (p.startsWith("pageToken=")) {
                page = Integer.parseInt(p.substring("pageToken=p".length()));
            }
        }
        reply(ex, pages.get(page));
    }

    private void reply(HttpExchange ex, byte[] body) throws IOException {
        requests.incrementAndGet();
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    private static byte[] calendarList() {
        return "{\"kind\":\"calendar#calendarList\",\"items\":[{\"id\":\"primary\",\"summary\":\"Bench\",\"primary\":true,\"selected\":true,\"timeZone\":\"America/New_York\",\"accessRole\":\"owner\"}]}"
                .getBytes(StandardCharsets.UTF_8);
    }

    private void renderPages(int events, int pageSize, Instant from) throws IOException {
        String[] titles = {
            "1:1 Dana / Lee",
            "Leadership team sync",
            "Q3 QBR",
            "All hands",
            "Incident review SEV-2",
            "Design review"
        };
        int pageCount = (events + pageSize - 1) / pageSize;
        for (int p = 0; p < pageCount; p++) {
            ObjectNode page = JSON.createObjectNode();
            page.put("kind", "calendar#events");
            page.put("timeZone", "America/New_York");
            ArrayNode items = page.putArray("items");
            for (int i = p * pageSize; i < Math.min(events, (p + 1) * pageSize); i++) {
                // Spread evenly over the next 13 days, so every event lies in the sync window.
                Instant start = from.plus(Duration.ofDays(13).multipliedBy(i).dividedBy(events));
                ObjectNode e = items.addObject();
                e.put("id", "ev" + i);
                e.put("iCalUID", "ev" + i + "@google.com");
                e.put("status", "confirmed");
                e.put("summary", titles[i % titles.length] + " #" + i);
                e.put("updated", "2026-01-01T00:00:00.000Z");
                e.putObject("start")
                        .put("dateTime", start.toString())
                        .put("timeZone", "America/New_York");
                e.putObject("end")
                        .put("dateTime", start.plus(Duration.ofMinutes(30)).toString())
                        .put("timeZone", "America/New_York");
                e.putObject("organizer").put("email", "boss@example.com");
                ArrayNode people = e.putArray("attendees");
                for (int a = 0; a < 2 + i % 4; a++) {
                    people.addObject()
                            .put("email", "p" + a + "@example.com")
                            .put("responseStatus", "accepted");
                }
            }
            if (p + 1 < pageCount) {
                page.put("nextPageToken", "p" + (p + 1));
            } else {
                page.put("nextSyncToken", SYNC_TOKEN);
            }
            pages.add(JSON.writeValueAsBytes(page));
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
