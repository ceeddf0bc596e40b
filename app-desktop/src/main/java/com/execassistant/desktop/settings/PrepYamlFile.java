package com.execassistant.desktop.settings;

import com.execassistant.desktop.prep.config.PrepConfig;
import com.execassistant.desktop.prep.config.PrepConfigException;
import com.execassistant.desktop.prep.config.PrepConfigLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The workspace's prep.yaml, changed key by key. A save edits the file's text in place (comments
 * and unknown keys stay), writes it to a temporary file next to it, checks that file the way the
 * app will read it, and only then moves it over prep.yaml in one step: a crash or a bad value never
 * leaves a broken file behind.
 */
public final class PrepYamlFile {

    private static final Object SAVES = new Object();

    static final String HEADER =
            "# Your changes to Exec Assistant's prep settings, over the built-in defaults.\n"
                    + "# Written by the Settings page; comments and keys you add are kept.\n";

    private final Path workspace;

    public PrepYamlFile(Path workspace) {
        this.workspace = workspace;
    }

    public Path path() {
        return workspace.resolve("config").resolve(PrepConfigLoader.FILE);
    }

    /** The settings in effect: the defaults with this file over them. */
    public PrepConfig read() {
        return PrepConfigLoader.load(workspace);
    }

    /**
     * Writes the changes ({@code dotted.key} to a YAML value) and returns the settings as now
     * saved.
     *
     * @throws PrepConfigException when the result would not load; prep.yaml is then unchanged
     */
    public PrepConfig save(Map<String, String> changes) {
        // Each settings section saves on its own worker; read-edit-replace one at a time, or two
        // saves close together would each write the file without the other's keys.
        synchronized (SAVES) {
            return saveNow(changes);
        }
    }

    private PrepConfig saveNow(Map<String, String> changes) {
        Path file = path();
        try {
            Files.createDirectories(file.getParent());
            YamlLines yaml = new YamlLines(Files.exists(file) ? Files.readString(file) : HEADER);
            changes.forEach(yaml::set);
            Path temp = Files.createTempFile(file.getParent(), ".prep-", ".yaml.tmp");
            try {
                Files.writeString(temp, yaml.text());
                PrepConfig saved = PrepConfigLoader.loadFile(temp, file.toString());
                move(temp, file);
                return saved;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(
                    from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on unusual file systems; replacing is still safe.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
