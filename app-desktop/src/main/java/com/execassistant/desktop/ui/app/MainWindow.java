package com.execassistant.desktop.ui.app;

import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Puts the main view on a stage. The app and the UI tests both go through here, so the tests see
 * the very window users do.
 */
public final class MainWindow {

    private MainWindow() {}

    /** Builds the window on {@code stage}, shows it and starts loading; call on the FX thread. */
    public static MainView show(
            Stage stage, DesktopBackend backend, UiExecutor ui, FirstRun firstRun) {
        Theme.apply(false);
        MainViewModel vm = new MainViewModel(backend, ui, firstRun);
        MainView view = new MainView(vm);
        Scene scene = new Scene(view, 1200, 760);
        Theme.addAppStyles(scene);
        view.installShortcuts(scene);
        stage.setTitle("Exec Assistant");
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.show();
        vm.start();
        view.startTicking();
        return view;
    }
}
