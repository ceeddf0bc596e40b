package com.execassistant.desktop.ui.app;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Last sync, a spinner while syncing, the latest error (detail on click), and the demo label. */
public final class StatusBarView extends HBox {

    public StatusBarView(StatusBarViewModel vm, Runnable onLeaveDemo) {
        super(10);
        getStyleClass().add("status-bar");
        setPadding(new Insets(4, 10, 4, 10));
        setAlignment(Pos.CENTER_LEFT);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        spinner.visibleProperty().bind(vm.syncingProperty());
        spinner.managedProperty().bind(vm.syncingProperty());
        Label sync = new Label();
        sync.setId("status-sync");
        sync.textProperty().bind(vm.syncTextProperty());

        Label error = new Label();
        error.setId("status-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        Hyperlink detail = new Hyperlink("Details");
        detail.setId("status-error-detail");
        detail.visibleProperty().bind(vm.errorDetailProperty().isNotEmpty());
        detail.managedProperty().bind(detail.visibleProperty());
        detail.setOnAction(
                e -> {
                    // show(), not showAndWait(): the window keeps working behind the detail.
                    Alert a =
                            new Alert(Alert.AlertType.INFORMATION, vm.errorDetailProperty().get());
                    a.setHeaderText(vm.errorProperty().get());
                    a.setTitle("What went wrong");
                    a.show();
                });

        Label demo = new Label("Demo data - nothing here is real");
        demo.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_BOLD);
        Hyperlink leave = new Hyperlink("Leave the demo");
        leave.setId("status-leave-demo");
        leave.setOnAction(e -> onLeaveDemo.run());
        for (var n : new javafx.scene.Node[] {demo, leave}) {
            n.visibleProperty().bind(vm.demoProperty());
            n.managedProperty().bind(vm.demoProperty());
        }
        // The sync line and the links keep their size; a long error gives way (full text in
        // Details).
        sync.setMinWidth(Region.USE_PREF_SIZE);
        detail.setMinWidth(Region.USE_PREF_SIZE);
        demo.setMinWidth(Region.USE_PREF_SIZE);
        leave.setMinWidth(Region.USE_PREF_SIZE);
        error.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(error, Priority.ALWAYS);
        getChildren().addAll(spinner, sync, error, detail, demo, leave);
    }
}
