package com.execassistant.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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

/**
 * Settings: a bad value shows its error under the field, in one sentence with the fix; a valid
 * change is saved to prep.yaml.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopSettingsTest {

    @TempDir Path dir;
    private DesktopHarness app;

    @Start
    void start(Stage stage) throws Exception {
        app = new DesktopHarness(stage, new UiFixture(dir).withSampleWeek());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aWorkingHoursStartThatIsNotATimeShowsItsErrorUnderTheField(FxRobot robot) {
        robot.clickOn("#open-settings");
        DesktopHarness.clickWhenShown(robot, "#settings-nav-notifications");
        Label error = robot.lookup("#settings-hours-start-error").queryAs(Label.class);
        assertThat(error.isVisible()).isFalse();
        app.watch.reset();

        robot.doubleClickOn("#settings-hours-start").eraseText(5).write("25:00");

        DesktopHarness.waitUntil(error::isVisible);
        assertThat(error.getText()).isEqualTo("Use the 24-hour form HH:MM, for example 08:30.");
        app.reportFxThread("settings validation");
        app.screenshots("settings-error");
    }

    @Test
    void aValidChangeIsSavedToPrepYaml(FxRobot robot) throws Exception {
        robot.clickOn("#open-settings");
        DesktopHarness.clickWhenShown(robot, "#settings-nav-notifications");
        app.watch.reset();

        robot.doubleClickOn("#settings-hours-start").eraseText(5).write("09:15");
        robot.clickOn("#settings-notifications-save");

        Label status = robot.lookup("#settings-notifications-status").queryAs(Label.class);
        DesktopHarness.waitUntil(() -> status.getText().startsWith("Saved."));
        assertThat(Files.readString(dir.resolve("config/prep.yaml")))
                .contains("start: \"09:15\"")
                .contains("channels: [tray]");
        app.reportFxThread("settings save");
        app.screenshots("settings");
    }
}
