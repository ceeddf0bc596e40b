package com.execassistant.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.desktop.ui.timeline.TimelineItem;
import com.execassistant.desktop.ui.timeline.TimelineRow;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window on a workspace with stored meetings: the timeline lists them by day. */
@ExtendWith(ApplicationExtension.class)
class DesktopTimelineTest {

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
    void theTimelineShowsTheStoredMeetingsGroupedByDay(FxRobot robot) {
        ListView<TimelineItem> list = robot.lookup("#timeline").queryListView();
        DesktopHarness.waitUntil(() -> list.getItems().size() == 8);

        assertThat(list.getItems())
                .filteredOn(TimelineRow.class::isInstance)
                .extracting(i -> ((TimelineRow) i).title())
                .containsExactly(
                        UiFixture.ONE_ON_ONE,
                        UiFixture.DESIGN,
                        UiFixture.QBR,
                        UiFixture.LEADERSHIP);
        assertThat(robot.lookup(UiFixture.LEADERSHIP).tryQuery()).isPresent();
        app.watch.reset();

        robot.clickOn("#timeline-search").write("leader");
        DesktopHarness.waitUntil(() -> list.getItems().size() == 2);

        app.reportFxThread("timeline search");
        robot.clickOn("#timeline-search").eraseText(6);
        DesktopHarness.waitUntil(() -> list.getItems().size() == 8);
        app.screenshots("timeline");
    }
}
