package com.execassistant.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.desktop.ui.app.FirstRun;
import com.execassistant.desktop.ui.app.FxThreadWatch;
import com.execassistant.desktop.ui.app.FxUiExecutor;
import com.execassistant.desktop.ui.app.MainView;
import com.execassistant.desktop.ui.app.MainWindow;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a real workspace, for the TestFX tests (headless, on Monocle). It also
 * watches the FX thread: the longest task the app posted and the longest late pulse.
 */
public final class DesktopHarness implements AutoCloseable {

    /** Loose bound: a task posted by the app must not approach a visible freeze. */
    static final long TASK_LIMIT_MILLIS = 250;

    public final UiFixture fixture;
    public final FxThreadWatch watch = new FxThreadWatch();
    public final FxUiExecutor ui = new FxUiExecutor(watch);
    public final MainView view;
    public final Stage stage;

    /** Builds the window; call from the test's {@code @Start} (on the FX thread). */
    public DesktopHarness(Stage stage, UiFixture fixture) {
        this.stage = stage;
        this.fixture = fixture;
        this.view = MainWindow.show(stage, fixture.backend, ui, FirstRun.NONE);
        watch.startPulses();
    }

    /** Waits (bounded) until {@code condition} holds, checking on the FX thread. */
    public static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(
                    30,
                    TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window did not get there in 30 s", e);
        }
    }

    /** Clicks the node showing {@code text} once a layout pass has put it on screen. */
    public static void clickWhenShown(org.testfx.api.FxRobot robot, String query) {
        waitUntil(() -> robot.lookup(query).tryQuery().filter(n -> n.isVisible()).isPresent());
        robot.clickOn(query);
    }

    /** Runs {@code action} on the FX thread and waits for it and what it posted. */
    public static void onFx(Runnable action) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Screenshots the window in the light and the dark theme. */
    public void screenshots(String name) {
        for (boolean dark : new boolean[] {false, true}) {
            onFx(() -> view.viewModel().darkProperty().set(dark));
            WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS); // let CSS settle and a pulse pass
            Path[] file = new Path[1];
            onFx(
                    () ->
                            file[0] =
                                    Screenshots.write(
                                            stage.getScene(), name + (dark ? "-dark" : "-light")));
            assertThat(file[0]).isNotEmptyFile();
        }
        onFx(() -> view.viewModel().darkProperty().set(false));
    }

    /** Prints the FX-thread figures and checks them loosely; timing alone never flakes a test. */
    public void reportFxThread(String test) {
        System.out.printf(
                "[fx-thread] %s: longest app task on the FX thread %d ms, longest late pulse %d ms%n",
                test, watch.maxTaskMillis(), watch.maxPulseGapMillis());
        assertThat(watch.maxTaskMillis())
                .as("longest task the app ran on the FX thread (ms)")
                .isLessThan(TASK_LIMIT_MILLIS);
    }

    @Override
    public void close() {
        Platform.runLater(watch::stopPulses);
        Platform.runLater(view::stopTicking);
        WaitForAsyncUtils.waitForFxEvents();
        ui.close();
        fixture.close();
    }
}
