package com.execassistant.desktop.prep;

import com.execassistant.core.materials.Materials;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.prep.MaterialsStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Materials as files in the workspace: {@code materials/<account>/<meeting>/agenda.html}, {@code
 * questions.md}, {@code notes.md}. Every write goes to a temporary file first and is moved into
 * place, so a crash never leaves half a file, and writing twice gives the same files.
 */
public final class FileMaterialsStore implements MaterialsStore {

    public static final List<String> FILES = List.of("agenda.html", "questions.md", "notes.md");

    private static final ObjectMapper JSON =
            new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .configure(
                            com.fasterxml.jackson.databind.DeserializationFeature
                                    .FAIL_ON_UNKNOWN_PROPERTIES,
                            false);

    /**
     * Materials staged recently, so that storing and sending them (the next two steps, usually in
     * the same tick) do not read the file back. The file stays the truth: after a restart, or for
     * an older run, it is read.
     */
    private static final int KEPT = 256;

    private final Path root;
    private final Clock clock;
    private final java.util.Map<String, Materials> recent =
            java.util.Collections.synchronizedMap(
                    new java.util.LinkedHashMap<>(KEPT, 0.75f, true) {
                        @Override
                        protected boolean removeEldestEntry(
                                java.util.Map.Entry<String, Materials> eldest) {
                            return size() > KEPT;
                        }
                    });

    public FileMaterialsStore(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    @Override
    public void stage(String runId, Materials materials) {
        try {
            write(staging(runId), JSON.writeValueAsString(materials));
            recent.put(runId, materials);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot keep the generated materials: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Materials> staged(String runId) {
        Materials kept = recent.get(runId);
        if (kept != null) {
            return Optional.of(kept);
        }
        Path file = staging(runId);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Materials.class));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read the generated materials: " + e.getMessage(), e);
        }
    }

    @Override
    public String publish(String runId, MeetingRecord meeting) {
        Materials m =
                staged(runId)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "no materials were generated for " + runId));
        Path dir = root.resolve(safe(meeting.accountId())).resolve(meeting.id());
        try {
            write(dir.resolve("agenda.html"), m.agendaHtml());
            write(dir.resolve("questions.md"), m.questionsMarkdown());
            write(dir.resolve("notes.md"), m.notesMarkdown());
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot save the materials in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<Path> files(String location) {
        if (location == null) {
            return List.of();
        }
        Path dir = Path.of(location);
        return FILES.stream().map(dir::resolve).filter(Files::exists).toList();
    }

    /**
     * Deletes materials older than {@code retention}, so meeting notes do not pile up forever.
     *
     * @return how many meeting folders were removed
     */
    public int removeOlderThan(Duration retention) {
        Instant cutoff = clock.instant().minus(retention);
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> accounts = Files.list(root)) {
            for (Path account : accounts.filter(Files::isDirectory).toList()) {
                try (Stream<Path> meetings = Files.list(account)) {
                    for (Path dir : meetings.filter(Files::isDirectory).toList()) {
                        if (Files.getLastModifiedTime(dir).toInstant().isBefore(cutoff)) {
                            deleteTree(dir);
                            removed++;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean up old materials: " + e.getMessage(), e);
        }
        return removed;
    }

    /**
     * Deletes an account's published materials and the staged materials of its runs, when the
     * account is removed.
     */
    public void removeAccount(String accountId, java.util.Collection<String> runIds) {
        try {
            Path dir = root.resolve(safe(accountId));
            if (Files.isDirectory(dir)) {
                deleteTree(dir);
            }
            for (String runId : runIds) {
                recent.remove(runId);
                Files.deleteIfExists(staging(runId));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot remove the materials of " + accountId + ": " + e.getMessage(), e);
        }
    }

    private Path staging(String runId) {
        return root.resolve(".staging").resolve(safe(runId) + ".json");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
