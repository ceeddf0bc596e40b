package com.execassistant.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A calendar that cannot be read shows up as a plain sentence in the status bar. */
@ExtendWith(ApplicationExtension.class)
class DesktopSyncFailureTest {

    @TempDir Path dir;
    private DesktopHarness app;

    @Start
    void start(Stage stage) throws Exception {
        app = new DesktopHarness(stage, new UiFixture(dir).withSampleWeek().withBrokenIcsAccount());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aSyncFailureShowsAPlainMessage(FxRobot robot) {
        app.watch.reset();

        robot.clickOn("#sync-now");

        Label error = robot.lookup("#status-error").queryAs(Label.class);
        DesktopHarness.waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText())
                .startsWith("One calendar could not be synced: ics-1")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(robot.lookup("#status-error-detail").query().isVisible()).isTrue();
        app.reportFxThread("sync failure");
        app.screenshots("sync-failure");
    }
}
