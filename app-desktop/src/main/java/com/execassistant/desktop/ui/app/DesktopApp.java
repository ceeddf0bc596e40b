package com.execassistant.desktop.ui.app;

import com.execassistant.desktop.instance.InstanceClient;
import com.execassistant.desktop.instance.InstanceServer;
import com.execassistant.desktop.store.DatabaseLockedException;
import com.execassistant.desktop.ui.tray.AwtTrayView;
import com.execassistant.desktop.ui.tray.HeldMessages;
import com.execassistant.desktop.ui.tray.TrayViewModel;
import com.execassistant.desktop.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. The workspace is opened in {@link #init()}, on the launcher thread, so
 * the window never waits on the database; a failure there becomes one sentence in a dialog.
 */
public final class DesktopApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private static volatile Path workspace;
    private static volatile FirstRun firstRun = FirstRun.NONE;

    private DesktopBackend backend;
    private RuntimeException openFailure;
    private FxUiExecutor ui;
    private final FxTrayActions trayActions = new FxTrayActions();
    private TrayViewModel tray;
    private Optional<AwtTrayView> trayIcon = Optional.empty();
    private InstanceServer instance;
    private boolean handedOff;

    /** Set by the launcher before {@link Application#launch}, which only takes a class. */
    static void configure(Path chosenWorkspace, FirstRun demo) {
        workspace = chosenWorkspace;
        firstRun = demo;
    }

    @Override
    public void init() {
        Path root;
        try {
            root = Workspace.open(workspace).root();
        } catch (RuntimeException e) {
            openFailure = e;
            return;
        }
        tray = new TrayViewModel(trayActions, new HeldMessages(root), Clock.systemUTC());
        try {
            backend = DesktopBackend.openStopped(root, Clock.systemUTC(), tray);
        } catch (DatabaseLockedException e) {
            // Another app may have taken the workspace since the launcher looked: hand over to it.
            handedOff = handOff(root);
            openFailure = handedOff ? null : e;
            return;
        } catch (RuntimeException e) {
            openFailure = e;
            return;
        }
        // The icon (which shows the messages held while paused) goes in only once this process
        // owns the workspace, and before the engine starts, so its first messages show on it.
        trayIcon = AwtTrayView.install(tray);
        try {
            instance = InstanceServer.start(root, trayActions::showWindow);
        } catch (RuntimeException e) {
            // Not fatal: a second launch then meets the workspace lock and says so.
            LOG.warn("A second launch will not find this window: {}", e.getMessage());
        }
    }

    /**
     * Asks the app that holds the workspace to come forward. It may have the lock but not yet its
     * instance port (it writes that once its engine runs), so this asks a few times.
     */
    private static boolean handOff(Path root) {
        for (int i = 0; i < 6; i++) {
            if (InstanceClient.showRunning(root) == InstanceClient.HandOff.SHOWN) {
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    @Override
    public void start(Stage stage) {
        if (handedOff) {
            System.out.println(DesktopLauncher.ALREADY_OPEN);
            Platform.exit();
            return;
        }
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
        MainView view = MainWindow.show(stage, backend, ui, firstRun);
        placement.restore(stage);
        placement.rememberOnClose(stage);
        trayActions.bind(stage, view.viewModel());
        if (!tray.closingWindowQuits()) {
            // With a tray icon, closing the window hides it; Quit is in the tray's menu.
            Platform.setImplicitExit(false);
            stage.setOnCloseRequest(e -> tray.windowClosed());
        }
    }

    @Override
    public void stop() {
        if (instance != null) {
            instance.close();
        }
        if (tray != null) {
            tray.detach();
        }
        trayIcon.ifPresent(AwtTrayView::remove);
        if (ui != null) {
            ui.close();
        }
        if (backend != null) {
            backend.close();
        }
    }
}
