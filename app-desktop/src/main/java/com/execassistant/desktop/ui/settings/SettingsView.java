package com.execassistant.desktop.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The settings page: paths, meeting types, working hours with their errors under the fields. */
public final class SettingsView extends VBox {

    public SettingsView(SettingsViewModel vm, Runnable onClose) {
        super(10);
        setId("settings");
        setPadding(new Insets(16));
        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.TITLE_3);
        Button close = new Button("Back to the meeting");
        close.setId("settings-close");
        close.setOnAction(e -> onClose.run());

        ListView<String> paths = new ListView<>(vm.paths());
        paths.setPrefHeight(110);
        ListView<String> accounts = new ListView<>(vm.accounts());
        accounts.setId("settings-accounts");
        accounts.setPrefHeight(80);
        ListView<String> types = new ListView<>(vm.meetingTypes());
        types.setId("settings-types");
        types.setPrefHeight(180);

        getChildren()
                .addAll(
                        new HBox(16, title, close),
                        section("Calendars"),
                        accounts,
                        section("Data"),
                        paths,
                        section("Meeting types (read-only; edit meeting_types.yaml)"),
                        types,
                        section("Working hours (prep notifications wait for these)"),
                        new HBox(
                                16,
                                field(
                                        "settings-hours-start",
                                        "Start",
                                        vm.hoursStartProperty(),
                                        vm.startErrorProperty()),
                                field(
                                        "settings-hours-end",
                                        "End",
                                        vm.hoursEndProperty(),
                                        vm.endErrorProperty())));
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    /** A field with its error right under it, in one sentence, and the field marked in red. */
    private static VBox field(
            String id, String label, StringProperty value, ReadOnlyStringProperty error) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(label);
        f.setPrefColumnCount(6);
        f.setMaxWidth(120);
        f.textProperty().bindBidirectional(value);
        Label err = new Label();
        err.setId(id + "-error");
        err.getStyleClass().add(Styles.DANGER);
        err.textProperty().bind(error);
        err.managedProperty().bind(err.textProperty().isNotEmpty());
        err.visibleProperty().bind(err.managedProperty());
        error.addListener(
                (o, a, b) -> f.pseudoClassStateChanged(Styles.STATE_DANGER, !b.isEmpty()));
        VBox box = new VBox(4, new Label(label), f, err);
        box.setMaxWidth(360);
        return box;
    }
}
