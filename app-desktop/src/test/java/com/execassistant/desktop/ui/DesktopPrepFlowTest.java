package com.execassistant.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.prep.PrepStep;
import com.execassistant.desktop.ui.timeline.TimelineItem;
import com.execassistant.desktop.ui.timeline.TimelineRow;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

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
    void answeringTheQuestionsInTheChatPaneShowsTheMaterials(FxRobot robot) throws Exception {
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
        DesktopHarness.clickWhenShown(robot, "Questions");
        String questions = renderedText(robot, "#materials-questions", "h1");
        assertThat(questions).startsWith("Question bank: ");
        DesktopHarness.clickWhenShown(robot, "Notes");
        String notes = renderedText(robot, "#materials-notes", "table");
        assertThat(notes).contains("Agree the Q2 hiring plan").contains("Lee's promotion");
        assertThat(notes).doesNotContain("| Action |").doesNotContain("**When:**");

        robot.clickOn("#materials-copy");
        assertThat(fx(() -> Clipboard.getSystemClipboard().getString())).startsWith("# Notes: ");
        assertThat(fx(() -> Clipboard.getSystemClipboard().getHtml())).contains("<table>");
        Label message = robot.lookup("#materials-message").queryAs(Label.class);
        robot.clickOn("#materials-open-folder");
        // The tests run headless: no file manager, so the path is offered instead.
        DesktopHarness.waitUntil(
                () -> message.getText().startsWith("This system could not open the folder"));
        assertThat(message.getText()).contains(app.fixture.dir.toString());
        // The button appears with the sentence; click once a layout pass has given it a place.
        var copyPath = robot.lookup("#materials-copy-path").queryButton();
        DesktopHarness.waitUntil(() -> copyPath.isVisible() && copyPath.getWidth() > 0);
        robot.clickOn(copyPath);
        assertThat(fx(() -> Clipboard.getSystemClipboard().getString()))
                .startsWith(app.fixture.dir.toString());

        robot.clickOn("Agenda");
        app.reportFxThread("prep chat to materials");
        app.screenshots("materials");
        robot.clickOn("Questions");
        app.screenshots("materials-questions");
        robot.clickOn("Notes");
        app.screenshots("materials-notes");

        robot.clickOn("Context");
        app.screenshots("detail");
        assertThat(list.getItems()).filteredOn(TimelineRow.class::isInstance).isNotEmpty();
    }

    /** The text of the document a materials WebView shows, once {@code tag} is in it. */
    private static String renderedText(FxRobot robot, String query, String tag) throws Exception {
        WebView view = robot.lookup(query).queryAs(WebView.class);
        DesktopHarness.waitUntil(
                () -> {
                    var doc = view.getEngine().getDocument();
                    return doc != null && doc.getElementsByTagName(tag).getLength() > 0;
                });
        return fx(
                () ->
                        view.getEngine()
                                .getDocument()
                                .getElementsByTagName("body")
                                .item(0)
                                .getTextContent()
                                .strip());
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
