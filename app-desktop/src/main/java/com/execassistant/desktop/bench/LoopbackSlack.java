package com.execassistant.desktop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * A loopback stand-in for the Slack Web API methods the Slack channel calls: opening the DM,
 * posting a message, the three-part file upload and the DM's history (the latest messages with
 * their metadata, as a crash look-up reads them). Every answer is {@code ok}. It counts the
 * messages it received per run and purpose (from the metadata each message carries; a digest counts
 * once for each run it lists), so the benchmark can check that nothing reached the user twice.
 */
public final class LoopbackSlack implements AutoCloseable {

    static {
        // The JDK's server otherwise answers with Nagle's algorithm on: on loopback each answer
        // to a request larger than one segment (a digest) then waits for the client's delayed
        // ACK, about 40 ms, which real Slack over the network does not cost. Read once, when the
        // JDK's server is first used, so set before it is.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DM = "D0BENCH";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, AtomicInteger> posts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> unexpected = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    // The latest messages (timestamp, metadata), for a look-up after a crash.
    private final java.util.ArrayDeque<String[]> recent = new java.util.ArrayDeque<>();
    private final BiConsumer<String, String> onPost;

    /**
     * @param onPost told the run id and purpose of each message as it arrives (before the answer)
     */
    public LoopbackSlack(int threads, BiConsumer<String, String> onPost) throws IOException {
        this.onPost = onPost;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        server.createContext("/api/", this::method);
        server.createContext("/upload/", ex -> reply(ex, "text/plain", "OK"));
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** How many messages arrived for this run and purpose. */
    public int posts(String runId, String purpose) {
        AtomicInteger n = posts.get(runId + "/" + purpose);
        return n == null ? 0 : n.get();
    }

    /** Web API methods called that this fake does not know, with their counts. */
    public Map<String, Integer> unexpectedMethods() {
        Map<String, Integer> out = new HashMap<>();
        unexpected.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private void method(HttpExchange ex) throws IOException {
        String name = ex.getRequestURI().getPath().substring("/api/".length());
        Map<String, String> form = form(ex.getRequestBody());
        String body =
                switch (name) {
                    case "conversations.open" ->
                            "{\"ok\":true,\"channel\":{\"id\":\"" + DM + "\"}}";
                    case "chat.postMessage" -> posted(form);
                    case "files.getUploadURLExternal" -> uploadUrl();
                    case "files.completeUploadExternal" ->
                            "{\"ok\":true,\"files\":" + form.getOrDefault("files", "[]") + "}";
                    case "conversations.history" -> history(form);
                    default -> {
                        unexpected
                                .computeIfAbsent(name, k -> new AtomicInteger())
                                .incrementAndGet();
                        yield "{\"ok\":false,\"error\":\"unknown_method\"}";
                    }
                };
        reply(ex, "application/json; charset=UTF-8", body);
    }

    /** The DM's latest messages with their metadata, newest first, as Slack answers. */
    private String history(Map<String, String> form) {
        int limit = Integer.parseInt(form.getOrDefault("limit", "100"));
        StringBuilder out = new StringBuilder("{\"ok\":true,\"messages\":[");
        synchronized (recent) {
            int n = 0;
            for (var it = recent.descendingIterator(); it.hasNext() && n < limit; n++) {
                String[] m = it.next();
                out.append(n == 0 ? "" : ",")
                        .append("{\"type\":\"message\",\"ts\":\"")
                        .append(m[0])
                        .append("\",\"metadata\":")
                        .append(m[1])
                        .append('}');
            }
        }
        return out.append("]}").toString();
    }

    private String posted(Map<String, String> form) throws IOException {
        String ts = "1700000000." + String.format("%06d", ids.incrementAndGet());
        String metadata = form.get("metadata");
        if (metadata != null) {
            synchronized (recent) {
                recent.addLast(new String[] {ts, metadata});
                if (recent.size() > 200) {
                    recent.removeFirst();
                }
            }
            JsonNode payload = JSON.readTree(metadata).path("event_payload");
            String purpose = payload.path("purpose").asText();
            // One message names its run; a digest lists every run it tells about.
            List<String> runIds = new ArrayList<>();
            if (payload.has("run_ids")) {
                payload.path("run_ids").forEach(r -> runIds.add(r.asText()));
            } else {
                runIds.add(payload.path("run_id").asText());
            }
            for (String runId : runIds) {
                posts.computeIfAbsent(runId + "/" + purpose, k -> new AtomicInteger())
                        .incrementAndGet();
                onPost.accept(runId, purpose);
            }
        }
        return "{\"ok\":true,\"channel\":\"" + DM + "\",\"ts\":\"" + ts + "\"}";
    }

    private String uploadUrl() {
        String id = "F" + ids.incrementAndGet();
        return "{\"ok\":true,\"file_id\":\""
                + id
                + "\",\"upload_url\":\""
                + baseUrl()
                + "/upload/"
                + id
                + "\"}";
    }

    private static Map<String, String> form(InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> fields = new HashMap<>();
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static void reply(HttpExchange ex, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getRequestBody().readAllBytes();
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(200, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
