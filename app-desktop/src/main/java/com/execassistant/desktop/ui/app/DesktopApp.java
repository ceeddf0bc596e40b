package com.execassistant.desktop.ui.app;

import com.execassistant.desktop.store.DatabaseLockedException;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * The JavaFX application. The workspace is opened in {@link #init()}, on the launcher thread, so
 * the window never waits on the database; a failure there becomes one sentence in a dialog.
 */
public final class DesktopApp extends Application {

    private static volatile Path workspace;
    private static volatile FirstRun firstRun = FirstRun.NONE;

    private DesktopBackend backend;
    private RuntimeException openFailure;
    private FxUiExecutor ui;

    /** Set by the launcher before {@link Application#launch}, which only takes a class. */
    static void configure(Path chosenWorkspace, FirstRun demo) {
        workspace = chosenWorkspace;
        firstRun = demo;
    }

    @Override
    public void init() {
        // WebKit takes about a second to start on the FX thread; start it now, while this thread
        // opens the workspace, rather than when the window is built or the first agenda shows.
        Platform.runLater(() -> new javafx.scene.web.WebView().getEngine());
        try {
            backend = DesktopBackend.openStopped(workspace, Clock.systemUTC());
        } catch (RuntimeException e) {
            openFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (openFailure != null) {
            Theme.apply(false);
            String sentence =
                    openFailure instanceof DatabaseLockedException
                            ? "Exec Assistant is already open on this workspace, or 'exec-assistant"
                                    + " run' is using it. Close that one, then start again."
                            : Failures.sentence("The workspace could not be opened", openFailure);
            Alert a = new Alert(Alert.AlertType.ERROR, sentence);
            a.setHeaderText("Exec Assistant cannot start");
            a.showAndWait();
            Platform.exit();
            return;
        }
        FxThreadWatch watch = new FxThreadWatch();
        ui = new FxUiExecutor(watch);
        WindowPlacement placement = new WindowPlacement();
        MainWindow.show(stage, backend, ui, firstRun);
        placement.restore(stage);
        placement.rememberOnClose(stage);
    }

    @Override
    public void stop() {
        if (ui != null) {
            ui.close();
        }
        if (backend != null) {
            backend.close();
        }
    }
}
