package com.execassistant.desktop.ui.settings;

import com.execassistant.desktop.prep.config.PrepConfig;
import com.execassistant.desktop.settings.SettingsService;
import com.execassistant.desktop.settings.SystemTheme;
import com.execassistant.desktop.ui.app.Failures;
import com.execassistant.desktop.ui.app.UiExecutor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Data and appearance: the workspace folder (shown, opened on request), how long materials are
 * kept, and the theme: follow the system, light or dark. The theme applies at once; the retention
 * from the next start.
 */
public final class DataViewModel {

    /** The theme choices, as prep.yaml names them. */
    public static final List<String> THEMES = List.of("system", "light", "dark");

    private final SettingsService service;
    private final UiExecutor ui;
    private final Opener opener;
    private final BooleanSupplier systemPrefersDark;
    private final ReadOnlyStringWrapper workspace = new ReadOnlyStringWrapper("");
    final SettingField retention = new SettingField(t -> Checks.wholeNumber(t, 1, 3650, "days"));
    private final StringProperty theme = new SimpleStringProperty("system");
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(false);
    private final SectionStatus status = new SectionStatus();
    private PrepConfig shown = new PrepConfig();

    DataViewModel(
            SettingsService service, UiExecutor ui, Opener opener, BooleanSupplier systemDark) {
        this.service = service;
        this.ui = ui;
        this.opener = opener;
        this.systemPrefersDark = systemDark;
        theme.addListener((o, a, b) -> applyTheme());
    }

    /** The default: the OS is asked (a small process, so off the FX thread). */
    DataViewModel(SettingsService service, UiExecutor ui, Opener opener) {
        this(service, ui, opener, SystemTheme::prefersDark);
    }

    void show(SettingsSnapshot s) {
        shown = s.config();
        if (s.workspace() != null) {
            workspace.set(s.workspace().toString());
        }
        retention.set(Integer.toString(shown.materials.retention_days));
        theme.set(shown.appearance.theme);
        applyTheme();
    }

    /** Light or dark now, asking the system when the choice is to follow it. */
    void applyTheme() {
        String choice = theme.get();
        if (!"system".equals(choice)) {
            dark.set("dark".equals(choice));
            return;
        }
        ui.submit(systemPrefersDark::getAsBoolean, dark::set, e -> dark.set(false));
    }

    public void save() {
        if (!retention.validate()) {
            status.failed("Fix the fields marked in red, then save again.");
            return;
        }
        Map<String, String> c = new LinkedHashMap<>();
        boolean retentionChanged =
                Integer.parseInt(retention.text()) != shown.materials.retention_days;
        if (retentionChanged) {
            c.put("materials.retention_days", retention.text());
        }
        if (!theme.get().equals(shown.appearance.theme)) {
            c.put("appearance.theme", theme.get());
        }
        status.working("Saving…");
        ui.submit(
                () -> c.isEmpty() ? service.read() : service.save(c),
                saved -> {
                    shown = saved;
                    status.ok(
                            retentionChanged
                                    ? "Saved. The theme applies now; the retention from the next start."
                                    : "Saved.");
                },
                e -> status.failed(Failures.sentence("Not saved", e)));
    }

    public void openWorkspace() {
        Path folder = Path.of(workspace.get());
        ui.submit(
                () -> opener.open(folder),
                opened ->
                        status.ok(
                                opened
                                        ? "Opened the workspace folder."
                                        : "No file manager could be opened: the folder is "
                                                + folder
                                                + "."),
                e -> status.failed(Failures.sentence("The folder could not be opened", e)));
    }

    public ReadOnlyStringProperty workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public SettingField retention() {
        return retention;
    }

    public StringProperty themeProperty() {
        return theme;
    }

    /** Whether the app should be dark now (the choice, or the system's mode). */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    public SectionStatus status() {
        return status;
    }
}
