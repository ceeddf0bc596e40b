package com.execassistant.desktop.ui.app;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the main view on a stage. The app and the UI tests both go through here, so the tests see
 * the very window users do.
 */
public final class MainWindow {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);

    private MainWindow() {}

    /** Builds the window on {@code stage}, shows it and starts loading; call on the FX thread. */
    public static MainView show(
            Stage stage, DesktopBackend backend, UiExecutor ui, FirstRun firstRun) {
        Theme.apply(false);
        MainViewModel vm = new MainViewModel(backend, ui, firstRun);
        // A bug in a view must not kill the window or show a stack trace: log it, say it plainly.
        Thread.currentThread()
                .setUncaughtExceptionHandler(
                        (t, e) -> {
                            LOG.error("Unexpected error on the FX thread", e);
                            vm.status().error(Failures.sentence("Something went wrong", e), e);
                        });
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
