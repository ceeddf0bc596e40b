package com.execassistant.desktop.ui.settings;

import com.execassistant.desktop.settings.SettingsService;
import com.execassistant.desktop.ui.DirectUiExecutor;
import com.execassistant.desktop.workspace.LocalRuntime;
import com.execassistant.desktop.workspace.Workspace;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A real workspace (H2 store, encrypted vault, prep.yaml on disk) behind a SettingsViewModel that
 * runs its work at once on the test's thread: no toolkit, no waiting.
 */
final class SettingsFixture implements AutoCloseable {

    /** A browser and file opener that records what it was asked, and can act as the user. */
    static final class RecordingOpener implements Opener {
        final List<URI> browsed = new ArrayList<>();
        final List<Path> opened = new ArrayList<>();
        boolean works = true;
        Consumer<URI> user = uri -> {};

        @Override
        public boolean browse(URI address) {
            browsed.add(address);
            user.accept(address);
            return works;
        }

        @Override
        public boolean open(Path file) {
            opened.add(file);
            return works;
        }
    }

    final Path dir;
    final LocalRuntime local;
    final SettingsService service;
    final RecordingOpener opener = new RecordingOpener();
    final SettingsViewModel vm;
    boolean systemDark;

    /** A workspace whose prep.yaml holds {@code prepYaml} (none when null). */
    SettingsFixture(Path dir, String prepYaml) throws IOException {
        this(dir, prepYaml, null);
    }

    SettingsFixture(Path dir, String prepYaml, String calendarYaml) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir.resolve("config"));
        if (prepYaml != null) {
            Files.writeString(prepYamlFile(), prepYaml);
        }
        if (calendarYaml != null) {
            Files.writeString(dir.resolve("config/calendar.yaml"), calendarYaml);
        }
        local = LocalRuntime.open(Workspace.open(dir));
        service = new SettingsService(local);
        vm =
                new SettingsViewModel(
                        service,
                        new DirectUiExecutor(),
                        opener,
                        ZoneOffset.UTC,
                        local.config(),
                        () -> systemDark);
        vm.load();
    }

    Path prepYamlFile() {
        return dir.resolve("config/prep.yaml");
    }

    String prepYaml() throws IOException {
        return Files.readString(prepYamlFile());
    }

    /** Every byte the workspace's secrets folder holds, as text, to look for a plain secret. */
    String secretFiles() throws IOException {
        StringBuilder b = new StringBuilder();
        try (var files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                if (!dir.relativize(p).toString().startsWith("db")) {
                    b.append(
                            new String(
                                    Files.readAllBytes(p),
                                    java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
        }
        return b.toString();
    }

    @Override
    public void close() {
        local.close();
    }
}
