package com.execassistant.desktop.ui.tray;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tray messages held while notifications are paused, kept in the workspace ({@code tray-held.json})
 * so that quitting, or a crash, while paused does not lose them: they show at the next start. Each
 * write replaces the file in one step.
 */
public final class HeldMessages {

    public static final String FILE = "tray-held.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(HeldMessages.class);

    private final Path file;

    public HeldMessages(Path workspaceRoot) {
        this.file = workspaceRoot.resolve(FILE);
    }

    /** Every held message, oldest first. */
    public synchronized List<TrayMessage> all() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<Map<String, String>> rows =
                    JSON.readValue(
                            file.toFile(), new TypeReference<List<Map<String, String>>>() {});
            List<TrayMessage> out = new ArrayList<>();
            for (Map<String, String> r : rows) {
                String start = r.get("meetingStart");
                out.add(
                        new TrayMessage(
                                r.get("runId"),
                                r.get("purpose"),
                                r.get("title"),
                                r.get("text"),
                                start == null ? null : Instant.parse(start)));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            // A damaged file must not silence the tray: keep it aside for a look, start afresh.
            Path aside = file.resolveSibling(FILE + ".unreadable");
            LOG.warn("Held tray messages unreadable, moved to {}: {}", aside, e.getMessage());
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                throw new UncheckedIOException(
                        "Cannot move the unreadable " + file + ": " + moveFailed.getMessage(),
                        moveFailed);
            }
            return List.of();
        }
    }

    /** Adds a message; it is on disk when this returns. */
    public synchronized void add(TrayMessage m) {
        List<TrayMessage> next = new ArrayList<>(all());
        next.add(m);
        write(next);
    }

    public synchronized void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(List<TrayMessage> messages) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (TrayMessage m : messages) {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("runId", m.runId());
            r.put("purpose", m.purpose());
            r.put("title", m.title());
            r.put("text", m.text());
            r.put("meetingStart", m.meetingStart() == null ? null : m.meetingStart().toString());
            rows.add(r);
        }
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try {
            byte[] bytes = JSON.writeValueAsBytes(rows);
            try (var ch =
                    java.nio.channels.FileChannel.open(
                            tmp,
                            java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                            java.nio.file.StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(bytes));
                ch.force(true); // the messages are recorded as sent: they must survive a crash
            }
            Files.move(
                    tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
