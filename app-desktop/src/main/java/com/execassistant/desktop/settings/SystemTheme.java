package com.execassistant.desktop.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whether the computer is in dark mode. JavaFX 21 cannot tell, so each OS is asked its own way:
 * GTK_THEME or GNOME's gsettings on Linux, {@code defaults read -g AppleInterfaceStyle} on macOS,
 * the Personalize registry value on Windows. It runs a small process, so call it off the FX thread.
 * Unknown means light, the toolkit's own default.
 */
public final class SystemTheme {

    private static final long WAIT_SECONDS = 2;

    private SystemTheme() {}

    /** True when the system asks for dark; false when light or when it cannot tell. */
    public static boolean prefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return fromWindowsRegistry(
                    run(
                            "reg",
                            "query",
                            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                            "/v",
                            "AppsUseLightTheme"));
        }
        if (os.contains("mac")) {
            return fromMacDefaults(run("defaults", "read", "-g", "AppleInterfaceStyle"));
        }
        return fromLinux(
                System.getenv(),
                () -> run("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"),
                () -> run("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"));
    }

    /** GTK_THEME wins (a user's explicit choice), then GNOME's colour scheme, then its theme. */
    static boolean fromLinux(
            Map<String, String> env,
            java.util.function.Supplier<String> colorScheme,
            java.util.function.Supplier<String> gtkTheme) {
        String forced = env.get("GTK_THEME");
        if (forced != null && !forced.isBlank()) {
            return isDarkName(forced);
        }
        String scheme = colorScheme.get();
        if (scheme.contains("prefer-dark")) {
            return true;
        }
        if (scheme.contains("prefer-light")) {
            return false;
        }
        return isDarkName(gtkTheme.get());
    }

    /** "Adwaita:dark", "Adwaita-dark", "'Yaru-dark'" are dark. */
    static boolean isDarkName(String theme) {
        String t = theme.toLowerCase(Locale.ROOT);
        return t.contains(":dark") || t.contains("-dark") || t.contains("_dark");
    }

    /** The key exists only in dark mode, with the value "Dark". */
    static boolean fromMacDefaults(String output) {
        return output.strip().equalsIgnoreCase("dark");
    }

    /** {@code AppsUseLightTheme REG_DWORD 0x0} means dark. */
    static boolean fromWindowsRegistry(String output) {
        for (String line : output.lines().toList()) {
            if (line.contains("AppsUseLightTheme") && line.contains("REG_DWORD")) {
                return line.strip().endsWith("0x0");
            }
        }
        return false;
    }

    /** A command's standard output, or "" when it is missing, fails or hangs. */
    private static String run(String... command) {
        try {
            Process p =
                    new ProcessBuilder(List.of(command))
                            .redirectErrorStream(false)
                            .redirectError(ProcessBuilder.Redirect.DISCARD)
                            .start();
            if (!p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "";
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
