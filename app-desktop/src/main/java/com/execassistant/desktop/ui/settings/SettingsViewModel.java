package com.execassistant.desktop.ui.settings;

import com.execassistant.core.account.Account;
import com.execassistant.core.config.Configuration;
import com.execassistant.core.config.MeetingType;
import com.execassistant.desktop.workspace.Workspace;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings, first cut: where the configuration lives, the meeting types (read-only), and the
 * working hours checked as they are typed, with the error next to the field.
 */
public final class SettingsViewModel {

    private final ObservableList<String> paths = FXCollections.observableArrayList();
    private final ObservableList<String> meetingTypes = FXCollections.observableArrayList();
    private final ObservableList<String> accounts = FXCollections.observableArrayList();
    private final StringProperty hoursStart = new SimpleStringProperty("08:00");
    private final StringProperty hoursEnd = new SimpleStringProperty("18:00");
    private final ReadOnlyStringWrapper startError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper endError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);

    public SettingsViewModel(
            Workspace workspace, Configuration config, String hoursStart, String hoursEnd) {
        paths.setAll(
                "Workspace: " + workspace.root(),
                "Configuration folder: " + workspace.configDir(),
                "Meeting types: " + workspace.configDir().resolve("meeting_types.yaml"),
                "Prep settings: " + workspace.configDir().resolve("prep.yaml"));
        meetingTypes.setAll(config.meetingTypes().types().stream().map(this::describe).toList());
        this.hoursStart.set(hoursStart);
        this.hoursEnd.set(hoursEnd);
        this.hoursStart.addListener((o, a, b) -> validate());
        this.hoursEnd.addListener((o, a, b) -> validate());
        validate();
    }

    private String describe(MeetingType t) {
        String words =
                t.keywords().isEmpty() ? "" : " - keywords: " + String.join(", ", t.keywords());
        return t.name() + " (prep " + t.prepHoursBefore() + " h before)" + words;
    }

    private void validate() {
        Optional<LocalTime> start = ClockTime.parse(hoursStart.get());
        Optional<LocalTime> end = ClockTime.parse(hoursEnd.get());
        startError.set(start.isEmpty() ? "Use the 24-hour form HH:MM, for example 08:30." : "");
        if (end.isEmpty()) {
            endError.set("Use the 24-hour form HH:MM, for example 18:00.");
        } else if (start.isPresent() && !end.get().isAfter(start.get())) {
            endError.set("The end must be after the start (" + start.get() + ").");
        } else {
            endError.set("");
        }
        valid.set(startError.get().isEmpty() && endError.get().isEmpty());
    }

    /** Shows the connected calendars, or how to connect one while the app cannot do it yet. */
    public void showAccounts(List<Account> connected) {
        if (connected.isEmpty()) {
            accounts.setAll(
                    "No calendar connected yet. Connect one from a terminal:",
                    "  exec-assistant accounts add google",
                    "  exec-assistant accounts add ics FILE-OR-URL");
            return;
        }
        accounts.setAll(
                connected.stream()
                        .map(a -> a.id() + " - " + a.label() + (a.active() ? "" : " (paused)"))
                        .toList());
    }

    public ObservableList<String> accounts() {
        return accounts;
    }

    public ObservableList<String> paths() {
        return paths;
    }

    public ObservableList<String> meetingTypes() {
        return meetingTypes;
    }

    public StringProperty hoursStartProperty() {
        return hoursStart;
    }

    public StringProperty hoursEndProperty() {
        return hoursEnd;
    }

    /** The start field's error, one sentence with the fix; empty when fine. */
    public ReadOnlyStringProperty startErrorProperty() {
        return startError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endErrorProperty() {
        return endError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
