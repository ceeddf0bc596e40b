package com.execassistant.desktop.ui.detail;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** "Change type": the configured types plus Automatic, and "whole series" for recurring ones. */
final class TypeChoiceView extends HBox {

    /** True while the view mirrors the ViewModel, so only the user's picks count as a choice. */
    private boolean mirroring;

    TypeChoiceView(TypeChoiceViewModel vm) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        Label label = new Label("Change type:");
        ComboBox<String> types = new ComboBox<>(vm.choices());
        types.setId("detail-type-choice");
        types.setAccessibleText("Meeting type");
        label.setLabelFor(types);
        CheckBox series = new CheckBox("Whole series");
        series.setId("detail-type-series");
        series.visibleProperty().bind(vm.inSeriesProperty());
        series.managedProperty().bind(series.visibleProperty());
        Runnable mirror =
                () -> {
                    mirroring = true;
                    try {
                        types.setValue(vm.selectedProperty().get());
                        series.setSelected(vm.forSeriesProperty().get());
                    } finally {
                        mirroring = false;
                    }
                };
        vm.selectedProperty().addListener((o, a, b) -> mirror.run());
        vm.forSeriesProperty().addListener((o, a, b) -> mirror.run());
        vm.choices().addListener((javafx.collections.ListChangeListener<String>) c -> mirror.run());
        mirror.run();
        types.setOnAction(
                e -> {
                    if (!mirroring && types.getValue() != null) {
                        vm.choose(types.getValue(), series.isSelected());
                    }
                });
        getChildren().addAll(label, types, series);
    }
}
