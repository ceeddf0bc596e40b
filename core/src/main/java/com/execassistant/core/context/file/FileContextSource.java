package com.execassistant.core.context.file;

import com.execassistant.core.context.ContextKind;
import com.execassistant.core.context.ContextQuery;
import com.execassistant.core.context.ContextSection;
import com.execassistant.core.context.ContextSource;
import com.execassistant.core.context.ContextSourceException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A context source that reads one data file from a folder (the workspace's {@code context/}
 * folder): {@code budget.yaml}, {@code big_rocks.yaml}, {@code incidents.yaml}, {@code
 * staffing.yaml} or {@code decisions.yaml}. The format is documented in docs/context-data.md.
 *
 * <p>The file is looked at on every fetch (parsed again when it changed), so edits count from the
 * next prep without a restart. A missing, unreadable or malformed file fails the fetch with a
 * message naming the file and line; the whole file is refused rather than partly read, because a
 * budget with its worst line silently dropped would look healthier than it is.
 */
public final class FileContextSource implements ContextSource {

    /** Larger files are refused: a hand-kept context file is a few kilobytes. */
    public static final long MAX_FILE_BYTES = 1_000_000;

    private final ContextKind kind;
    private final Path folder;
    private final KindReader reader;

    /**
     * The file as last parsed. Edits still count at the next prep (a new modification time or size
     * means a new parse); a burst of preps no longer parses the same YAML once per meeting.
     */
    private volatile Parsed parsed;

    private record Parsed(
            java.time.Instant modified,
            long size,
            YamlNode root,
            java.util.Map<Object, ContextSection> sections) {}

    /** Sections kept per file version; a few meeting days at most in practice. */
    private static final int MAX_SECTIONS = 64;

    public FileContextSource(ContextKind kind, Path folder) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.reader =
                switch (kind) {
                    case BUDGET -> new BudgetReader();
                    case BIG_ROCKS -> new BigRocksReader();
                    case INCIDENTS -> new IncidentsReader();
                    case STAFFING -> new StaffingReader();
                    case DECISIONS -> new DecisionsReader();
                };
    }

    /** One source per kind, all reading from the same folder. */
    public static List<ContextSource> forAllKinds(Path folder) {
        return Arrays.stream(ContextKind.values())
                .<ContextSource>map(k -> new FileContextSource(k, folder))
                .toList();
    }

    /** The data file's name for a kind: {@code budget.yaml}, {@code big_rocks.yaml}, ... */
    public static String fileName(ContextKind kind) {
        return kind.key() + ".yaml";
    }

    @Override
    public ContextKind kind() {
        return kind;
    }

    @Override
    public Object sameAnswerKey(ContextQuery query) {
        return reader.key(query);
    }

    @Override
    public ContextSection fetch(ContextQuery query) throws ContextSourceException {
        String name = fileName(kind);
        Parsed last = current(folder.resolve(name), name);
        if (last.root() == null) {
            throw new DataFileException(name, "is empty");
        }
        // Many meetings prepared at once read the same unchanged file: build its section once.
        Object key = reader.key(query);
        ContextSection known = last.sections().get(key);
        if (known != null) {
            return known;
        }
        ContextSection section = reader.read(name, last.root(), query);
        if (last.sections().size() < MAX_SECTIONS) {
            last.sections().put(key, section);
        }
        return section;
    }

    /** The file as it is now: one look at it, read and parsed again only when it changed. */
    private Parsed current(Path file, String name) throws DataFileException {
        try {
            java.nio.file.attribute.BasicFileAttributes seen =
                    Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            if (!seen.isRegularFile()) {
                throw DataFileException.missing(name);
            }
            if (seen.size() > MAX_FILE_BYTES) {
                throw new DataFileException(
                        name, "is larger than 1 MB; keep only what a meeting needs");
            }
            java.time.Instant modified = seen.lastModifiedTime().toInstant();
            Parsed last = parsed;
            if (last == null || !last.modified().equals(modified) || last.size() != seen.size()) {
                last =
                        new Parsed(
                                modified,
                                seen.size(),
                                YamlTree.read(Files.readAllBytes(file), name),
                                new java.util.concurrent.ConcurrentHashMap<>());
                parsed = last;
            }
            return last;
        } catch (java.nio.file.NoSuchFileException e) {
            throw DataFileException.missing(name);
        } catch (IOException e) {
            String why = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
            throw new DataFileException(name + " could not be read: " + why, e);
        }
    }
}
