package com.execassistant.desktop.demo;

import com.execassistant.core.context.ContextKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo's context data: the sample files shipped in the jar, copied into the context folder when
 * the user has none there yet, and listed in a manifest so that leaving the demo removes exactly
 * those copies - and keeps any the user has edited since.
 */
final class DemoContext {

    /** Where the build puts config/sample-context/*.yaml on the classpath. */
    static final String SAMPLES = "config/sample-context/";

    private final Path folder;
    private final Path manifest;

    DemoContext(Path folder, Path manifest) {
        this.folder = folder;
        this.manifest = manifest;
    }

    /**
     * @return the file names copied; none when the folder already holds files
     */
    List<String> copySamples() {
        try {
            if (hasFiles(folder)) {
                return List.of();
            }
            Files.createDirectories(folder);
            List<String> copied = new ArrayList<>();
            for (ContextKind kind : ContextKind.values()) {
                String name = kind.key() + ".yaml";
                Files.write(folder.resolve(name), sample(name));
                copied.add(name);
            }
            Files.createDirectories(manifest.getParent());
            Files.write(manifest, copied, StandardCharsets.UTF_8);
            return copied;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot copy the sample context data into " + folder + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * Removes the copies the demo made that still hold the sample's content.
     *
     * @return the names of copies kept because the user changed them
     */
    List<String> removeCopies() {
        if (!Files.exists(manifest)) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        try {
            for (String name : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                Path file = folder.resolve(name.trim());
                if (name.isBlank() || !Files.exists(file)) {
                    continue;
                }
                if (Arrays.equals(Files.readAllBytes(file), sample(name.trim()))) {
                    Files.delete(file);
                } else {
                    kept.add(name.trim());
                }
            }
            Files.delete(manifest);
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot remove the sample context data from " + folder + ": " + e.getMessage(),
                    e);
        }
    }

    static byte[] sample(String name) {
        try (InputStream in =
                DemoContext.class.getClassLoader().getResourceAsStream(SAMPLES + name)) {
            if (in == null) {
                throw new DemoException(
                        "The sample context file "
                                + name
                                + " is missing from this installation; reinstall Exec Assistant.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sample context file " + name, e);
        }
    }

    private static boolean hasFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(Files::isRegularFile);
        }
    }
}
