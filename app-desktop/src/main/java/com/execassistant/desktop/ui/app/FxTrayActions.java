package com.execassistant.desktop.ui.app;

import com.execassistant.desktop.ui.tray.TrayActions;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The tray's requests carried out on the FX thread: they arrive on AWT's thread (menu, clicks) or
 * the instance port's (a second launch). Until the window exists they only show it once it does.
 */
final class FxTrayActions implements TrayActions {

    private volatile Stage stage;
    private volatile MainViewModel main;

    /** The window is up: requests reach it from now on. */
    void bind(Stage window, MainViewModel vm) {
        this.stage = window;
        this.main = vm;
    }

    @Override
    public void showWindow() {
        Platform.runLater(this::toFront);
    }

    @Override
    public void openRun(String runId) {
        Platform.runLater(
                () -> {
                    toFront();
                    if (main != null) {
                        main.openRun(runId);
                    }
                });
    }

    @Override
    public void syncNow() {
        Platform.runLater(
                () -> {
                    if (main != null) {
                        main.sync();
                    }
                });
    }

    @Override
    public void quit() {
        Platform.runLater(Platform::exit);
    }

    private void toFront() {
        Stage s = stage;
        if (s == null) {
            return;
        }
        s.show();
        s.setIconified(false);
        s.toFront();
        s.requestFocus();
    }
}
