package com.execassistant.desktop.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The user's data folder: database, encrypted secrets, config overrides, materials.
 *
 * <p>The default follows each OS's convention for per-user application data, so a backup tool or an
 * uninstaller finds it where users expect it.
 */
public record Workspace(Path root) {

    public static final String ENV_OVERRIDE = "EXEC_ASSISTANT_WORKSPACE";

    /** The folder given, or the OS default, created when missing. */
    public static Workspace open(Path explicit) {
        Path root = explicit != null ? explicit : defaultRoot(System.getenv(), osName());
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot create the workspace folder " + root + ": " + e.getMessage(), e);
        }
        return new Workspace(root.toAbsolutePath().normalize());
    }

    /** Where the workspace is by default on this machine (it may not exist yet). */
    public static Path defaultRoot() {
        return defaultRoot(System.getenv(), osName());
    }

    static Path defaultRoot(Map<String, String> env, String os) {
        String override = env.get(ENV_OVERRIDE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", home + "\\AppData\\Roaming");
            return Path.of(appData, "ExecAssistant");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Exec Assistant");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank()
                ? Path.of(xdg, "exec-assistant")
                : Path.of(home, ".local", "share", "exec-assistant");
    }

    private static String osName() {
        return System.getProperty("os.name", "linux").toLowerCase(Locale.ROOT);
    }

    public Path databaseFile() {
        return root.resolve("db").resolve("exec-assistant");
    }

    public Path configDir() {
        return root.resolve("config");
    }

    public Path secretsDir() {
        return root.resolve("secrets");
    }
}
