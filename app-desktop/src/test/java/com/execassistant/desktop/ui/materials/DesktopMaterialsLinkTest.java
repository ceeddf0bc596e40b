package com.execassistant.desktop.ui.materials;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.desktop.ui.DesktopHarness;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A link in the rendered notes goes to the system browser; the view itself never navigates. */
@ExtendWith(ApplicationExtension.class)
class DesktopMaterialsLinkTest {

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private WebView view;
    private Stage window;

    @Start
    void start(Stage primary) {
        // A window of its own: resizing the shared primary stage would shrink the next tests'.
        window = new Stage();
        // The link fills the page, so a click anywhere lands on it.
        String page =
                MarkdownHtml.document("[Open the deck](https://example.com/deck)")
                        .replace(
                                "</style>", "a{display:block;height:400px;font-size:40px}</style>");
        view =
                MaterialsWebView.create(
                        "notes",
                        new SimpleStringProperty(page),
                        new SimpleBooleanProperty(false),
                        opened::add);
        window.setScene(new Scene(view, 600, 500));
        window.show();
    }

    @AfterEach
    void close() {
        DesktopHarness.onFx(window::close);
    }

    @Test
    void clickingALinkHandsItToTheBrowserAndTheDocumentStays(FxRobot robot) throws Exception {
        DesktopHarness.waitUntil(
                () ->
                        view.getEngine().getDocument() != null
                                && view.getEngine()
                                                .getDocument()
                                                .getElementsByTagName("a")
                                                .getLength()
                                        == 1);

        robot.clickOn(view);
        DesktopHarness.waitUntil(() -> !opened.isEmpty());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // a navigation would have begun

        assertThat(opened).containsExactly("https://example.com/deck");
        String location = WaitForAsyncUtils.asyncFx(() -> view.getEngine().getLocation()).get();
        assertThat(location == null ? "" : location).doesNotContain("example.com");
        assertThat(
                        WaitForAsyncUtils.asyncFx(
                                        () ->
                                                view.getEngine()
                                                        .getDocument()
                                                        .getElementsByTagName("a")
                                                        .getLength())
                                .get())
                .isEqualTo(1);
    }
}
