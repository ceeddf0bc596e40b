package com.execassistant.desktop.ui.settings;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** Meeting types: the rules, Open the YAML, Reload, and the file with its error at the line. */
final class MeetingTypesPane extends VBox {

    MeetingTypesPane(MeetingTypesViewModel vm) {
        super(10);
        ListView<String> types = new ListView<>(vm.types());
        types.setId("settings-types");
        types.setPrefHeight(200);
        ListView<String> lines = new ListView<>(vm.fileLines());
        lines.setId("settings-types-file");
        lines.setPrefHeight(220);
        lines.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        lines.managedProperty().bind(lines.visibleProperty());
        lines.setCellFactory(l -> new LineCell(vm));
        vm.errorLineProperty()
                .addListener(
                        (o, a, line) -> {
                            if (line.intValue() > 0) {
                                lines.scrollTo(Math.max(0, line.intValue() - 3));
                                lines.getSelectionModel().select(line.intValue() - 1);
                            }
                        });
        getChildren()
                .addAll(
                        Fields.note(
                                "The first type that matches a meeting wins. Edit the rules in"
                                        + " meeting_types.yaml, then Reload to check them."),
                        types,
                        Fields.row(
                                Fields.button("settings-types-open", "Open the YAML", vm::openYaml),
                                Fields.button("settings-types-reload", "Reload", vm::reload)),
                        Fields.status("settings-types-status", vm.status()),
                        Fields.message("settings-types-error", vm.errorProperty(), true),
                        lines);
    }

    /** A numbered line; the line with the error is marked and carries the error under it. */
    private static final class LineCell extends ListCell<String> {
        private final MeetingTypesViewModel vm;

        LineCell(MeetingTypesViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().remove("error-line");
            if (empty || text == null) {
                setText(null);
                return;
            }
            int n = getIndex() + 1;
            boolean bad = n == vm.errorLineProperty().get();
            setText(
                    String.format("%4d  %s", n, text)
                            + (bad ? "\n      ^ " + vm.errorProperty().get() : ""));
            if (bad) {
                getStyleClass().add("error-line");
            }
        }
    }
}
