package com.execassistant.desktop.ui.detail;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/** The inline Undo offer: a sentence and an Undo button, gone after a few seconds. */
final class UndoBar extends HBox {

    UndoBar(UndoViewModel vm) {
        super(12);
        setId("detail-undo-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 12, 6, 12));
        getStyleClass().add("undo-bar");
        setStyle("-fx-background-color: -color-accent-subtle; -fx-background-radius: 6;");
        Label text = new Label();
        text.setId("detail-undo-message");
        text.textProperty().bind(vm.messageProperty());
        Button undo = new Button("Undo");
        undo.setId("detail-undo");
        undo.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT);
        undo.setOnAction(e -> vm.undo());
        visibleProperty().bind(vm.showingProperty());
        managedProperty().bind(visibleProperty());
        vm.offerProperty()
                .addListener(
                        (o, before, number) -> {
                            PauseTransition wait =
                                    new PauseTransition(
                                            Duration.millis(UndoViewModel.SHOWN_FOR.toMillis()));
                            wait.setOnFinished(e -> vm.expire(number.intValue()));
                            wait.play();
                        });
        getChildren().addAll(text, undo);
    }
}
