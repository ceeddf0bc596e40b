package com.execassistant.desktop.ui.settings;

import com.execassistant.core.config.ConfigException;
import com.execassistant.core.config.Configuration;
import com.execassistant.core.config.MeetingType;
import com.execassistant.desktop.settings.SettingsService;
import com.execassistant.desktop.ui.app.Failures;
import com.execassistant.desktop.ui.app.UiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Meeting types: the rules, read-only, in precedence order; "Open the YAML" in the system editor;
 * "Reload" checks the file and, when it is wrong, shows the file with the error at its line.
 */
public final class MeetingTypesViewModel {

    private final SettingsService service;
    private final UiExecutor ui;
    private final Opener opener;
    private final ObservableList<String> types = FXCollections.observableArrayList();
    private final ObservableList<String> fileLines = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper errorLine = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper file = new ReadOnlyStringWrapper("");
    private final SectionStatus status = new SectionStatus();

    MeetingTypesViewModel(SettingsService service, UiExecutor ui, Opener opener) {
        this.service = service;
        this.ui = ui;
        this.opener = opener;
    }

    void show(Configuration config) {
        types.setAll(
                config.meetingTypes().types().stream()
                        .map(MeetingTypesViewModel::describe)
                        .toList());
    }

    /** One line per type: its name and key rules. */
    static String describe(MeetingType t) {
        StringBuilder b = new StringBuilder(t.name());
        b.append(" - prep ").append(t.prepHoursBefore()).append(" h before");
        if (!t.keywords().isEmpty()) {
            b.append(", keywords: ").append(String.join(", ", t.keywords()));
        }
        b.append(", ").append(t.prepQuestions().size()).append(" questions");
        return b.toString();
    }

    /** Opens the workspace's meeting_types.yaml (made from the built-in one if missing). */
    public void openYaml() {
        ui.submit(
                () -> {
                    Path f = service.meetingTypesFile();
                    return opener.open(f) ? "" : f.toString();
                },
                notOpened -> {
                    if (notOpened.isEmpty()) {
                        status.ok("Opened the file. Save it there, then press Reload.");
                    } else {
                        file.set(notOpened);
                        status.ok(
                                "No editor could be opened: edit "
                                        + notOpened
                                        + ", then press Reload.");
                    }
                },
                e -> status.failed(Failures.sentence("The file could not be opened", e)));
    }

    private record Reloaded(Configuration config, ConfigException problem, List<String> lines) {}

    /** Checks the files again; the types shown change only when they are valid. */
    public void reload() {
        status.working("Checking the meeting types…");
        ui.submit(
                () -> {
                    try {
                        return new Reloaded(service.reloadMeetingTypes(), null, List.of());
                    } catch (ConfigException e) {
                        return new Reloaded(null, e, lines(e.file()));
                    }
                },
                r -> {
                    if (r.problem() == null) {
                        show(r.config());
                        error.set("");
                        errorLine.set(0);
                        fileLines.clear();
                        status.ok(
                                "The meeting types are valid. Restart Exec Assistant to classify"
                                        + " meetings with them.");
                    } else {
                        fileLines.setAll(r.lines());
                        file.set(r.problem().file());
                        errorLine.set(r.problem().line());
                        error.set(r.problem().getMessage());
                        status.failed(
                                "The file has a mistake; the meeting types in use stay as they were.");
                    }
                },
                e -> status.failed(Failures.sentence("The meeting types could not be read", e)));
    }

    private static List<String> lines(String file) {
        try {
            Path p = file == null ? null : Path.of(file);
            return p != null && Files.isRegularFile(p) ? Files.readAllLines(p) : List.of();
        } catch (java.io.IOException | RuntimeException e) {
            return List.of();
        }
    }

    public ObservableList<String> types() {
        return types;
    }

    /** The file's lines while it has an error (empty otherwise). */
    public ObservableList<String> fileLines() {
        return fileLines;
    }

    /** The 1-based line of the error; 0 when none or unknown. */
    public ReadOnlyIntegerProperty errorLineProperty() {
        return errorLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileProperty() {
        return file.getReadOnlyProperty();
    }

    public SectionStatus status() {
        return status;
    }
}
