package com.execassistant.desktop.instance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a running app can be reached: its loopback port, the token a caller must present and its
 * process id, in {@code app-instance.properties} in the workspace. Readable by its owner only where
 * the file system allows it, since the token is what keeps other local users out.
 *
 * @param port the loopback port the app listens on
 * @param token the secret a caller must send; random per start
 * @param pid the app's process id, so a file left by a dead process is recognised without a
 *     connection
 */
public record InstanceFile(int port, String token, long pid) {

    public static final String NAME = "app-instance.properties";

    public static Path in(Path workspaceRoot) {
        return workspaceRoot.resolve(NAME);
    }

    /** The file's content, or empty when it is missing or not one this app wrote. */
    public static Optional<InstanceFile> read(Path workspaceRoot) {
        Path file = in(workspaceRoot);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Properties p = new Properties();
            p.load(new java.io.StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            int port = Integer.parseInt(p.getProperty("port", "").trim());
            long pid = Long.parseLong(p.getProperty("pid", "-1").trim());
            String token = p.getProperty("token", "").trim();
            if (port <= 0 || port > 65_535 || token.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new InstanceFile(port, token, pid));
        } catch (IOException | NumberFormatException e) {
            // Unreadable or half-written: treated as no running app; the next start replaces it.
            return Optional.empty();
        }
    }

    /** Whether the process that wrote the file is gone (so the file is stale). */
    public boolean processGone() {
        return pid > 0 && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    }

    /** Replaces the file in one step, so a reader never sees half of it. */
    void write(Path workspaceRoot) {
        Path file = in(workspaceRoot);
        Path tmp = file.resolveSibling(NAME + ".tmp");
        String text = "port=" + port + "\ntoken=" + token + "\npid=" + pid + "\n";
        try {
            Files.deleteIfExists(tmp);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        tmp,
                        PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(
                        tmp,
                        file,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the file if it is still this one (a later app may have replaced it). */
    void deleteIfOurs(Path workspaceRoot) {
        if (read(workspaceRoot).filter(f -> f.token.equals(token)).isPresent()) {
            try {
                Files.deleteIfExists(in(workspaceRoot));
            } catch (IOException e) {
                // Left behind it is merely stale: the next start replaces it.
            }
        }
    }
}
