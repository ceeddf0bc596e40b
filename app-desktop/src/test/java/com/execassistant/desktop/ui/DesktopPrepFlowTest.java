package com.execassistant.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.prep.PrepStep;
import com.execassistant.desktop.ui.timeline.TimelineItem;
import com.execassistant.desktop.ui.timeline.TimelineRow;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A user's path: open the meeting whose prep is due, answer in the chat pane, see materials. */
@ExtendWith(ApplicationExtension.class)
class DesktopPrepFlowTest {

    @TempDir Path dir;
    private DesktopHarness app;

    @Start
    void start(Stage stage) throws Exception {
        UiFixture f = new UiFixture(dir).withSampleWeek();
        f.awaitRun("m-1on1", r -> r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION);
        app = new DesktopHarness(stage, f);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void answeringTheQuestionsInTheChatPaneShowsTheMaterials(FxRobot robot) {
        ListView<TimelineItem> list = robot.lookup("#timeline").queryListView();
        DesktopHarness.waitUntil(() -> list.getItems().size() == 8);
        app.watch.reset();

        DesktopHarness.clickWhenShown(robot, UiFixture.ONE_ON_ONE);
        Label progress = robot.lookup("#chat-progress").queryAs(Label.class);
        DesktopHarness.waitUntil(() -> progress.getText().startsWith("Question 1 of "));
        assertThat(robot.lookup("#detail-title").queryLabeled().getText())
                .isEqualTo(UiFixture.ONE_ON_ONE);
        app.screenshots("chat");
        // Theme switches and snapshots are the test's own FX-thread work: measure from here.
        app.watch.reset();

        robot.clickOn("#chat-answer").write("Agree the Q2 hiring plan").type(KeyCode.ENTER);
        DesktopHarness.waitUntil(() -> progress.getText().startsWith("Question 2 of "));
        robot.clickOn("#chat-skip");
        DesktopHarness.waitUntil(() -> progress.getText().startsWith("Question 3 of "));
        robot.clickOn("#chat-answer").write("Lee's promotion case");
        robot.clickOn("#chat-send");
        DesktopHarness.waitUntil(() -> progress.getText().startsWith("Question 4 of "));
        robot.clickOn("#chat-done");
        DesktopHarness.waitUntil(() -> progress.getText().endsWith("answered"));

        DesktopHarness.clickWhenShown(robot, "Materials");
        Label madeBy = robot.lookup("#materials-made-by").queryAs(Label.class);
        DesktopHarness.waitUntil(() -> madeBy.getText().startsWith("Made by the template writer"));
        DesktopHarness.clickWhenShown(robot, "Notes");
        TextArea notes = robot.lookup("#materials-notes").queryAs(TextArea.class);
        assertThat(notes.getText())
                .contains("Agree the Q2 hiring plan")
                .contains("Lee's promotion");
        robot.clickOn("Agenda");
        app.reportFxThread("prep chat to materials");
        app.screenshots("materials");

        robot.clickOn("Context");
        app.screenshots("detail");
        assertThat(list.getItems()).filteredOn(TimelineRow.class::isInstance).isNotEmpty();
    }
}
