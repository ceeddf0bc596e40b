package com.execassistant.desktop.ui.app;

import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * A pane whose content is built the first time it shows, or earlier through {@link #build()}: the
 * window's first frame then lays out and styles only what is on screen (CSS for a hidden settings
 * form and a WebView is most of a cold first frame).
 */
final class LazyPane<T extends Node> extends StackPane {

    private final Supplier<T> factory;
    private T content;

    LazyPane(Supplier<T> factory, ObservableBooleanValue shown) {
        this.factory = factory;
        visibleProperty().bind(shown);
        shown.addListener(
                (o, was, now) -> {
                    if (now) {
                        build();
                    }
                });
        if (shown.get()) {
            build();
        }
    }

    /** The content, built now if it was not yet. */
    T build() {
        if (content == null) {
            content = factory.get();
            getChildren().add(content);
        }
        return content;
    }
}
