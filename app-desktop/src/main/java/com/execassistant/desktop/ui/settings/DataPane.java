package com.execassistant.desktop.ui.settings;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Data and appearance: workspace folder, retention, theme. */
final class DataPane extends VBox {

    DataPane(DataViewModel vm) {
        super(10);
        TextField folder = new TextField();
        folder.setId("settings-workspace");
        folder.setEditable(false);
        folder.setAccessibleText("Workspace folder");
        folder.textProperty().bind(vm.workspaceProperty());
        folder.setPrefColumnCount(40);
        ComboBox<String> theme = new ComboBox<>();
        theme.setId("settings-theme");
        theme.setAccessibleText("Theme");
        theme.getItems().setAll(DataViewModel.THEMES);
        theme.valueProperty().bindBidirectional(vm.themeProperty());
        getChildren()
                .addAll(
                        Fields.title("Workspace"),
                        Fields.note("Your database, encrypted secrets, settings and materials."),
                        Fields.row(
                                folder,
                                Fields.button(
                                        "settings-workspace-open",
                                        "Open folder",
                                        vm::openWorkspace)),
                        Fields.field(
                                "settings-retention", "Keep materials for (days)", vm.retention()),
                        Fields.title("Appearance"),
                        new VBox(
                                4,
                                new Label(
                                        "Theme (system follows your computer's light or dark mode)"),
                                theme),
                        Fields.row(
                                Fields.accent("settings-data-save", "Save", vm::save),
                                Fields.status("settings-data-status", vm.status())));
    }
}
