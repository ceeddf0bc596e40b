package com.execassistant.desktop.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Settings page: a sidebar of sections; each section saves on its own. */
public final class SettingsView extends BorderPane {

    public SettingsView(SettingsViewModel vm, Runnable onClose) {
        setId("settings");
        setPadding(new Insets(16));
        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.TITLE_3);
        Button close = Fields.button("settings-close", "Back to the meeting", onClose);
        VBox top =
                new VBox(
                        6,
                        new HBox(16, title, close),
                        Fields.message("settings-load-error", vm.loadErrorProperty(), true));
        top.setPadding(new Insets(0, 0, 12, 0));
        setTop(top);

        List<Node> panes =
                List.of(
                        new AccountsPane(vm.accounts()),
                        new NotificationsPane(vm.notifications()),
                        new WriterPane(vm.writer()),
                        new MeetingTypesPane(vm.meetingTypes()),
                        new DataPane(vm.data()));
        StackPane content = new StackPane();
        VBox nav = new VBox(4);
        nav.setPadding(new Insets(0, 16, 0, 0));
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < panes.size(); i++) {
            String name = SettingsViewModel.SECTIONS.get(i);
            Node pane = pane(panes.get(i), name);
            content.getChildren().add(pane);
            pane.visibleProperty().bind(vm.sectionProperty().isEqualTo(name));
            ToggleButton b = new ToggleButton(name);
            b.setId("settings-nav-" + slug(name));
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setSelected(name.equals(vm.sectionProperty().get()));
            b.setOnAction(
                    e -> {
                        vm.sectionProperty().set(name);
                        b.setSelected(true);
                    });
            nav.getChildren().add(b);
        }
        setLeft(nav);
        setCenter(content);
    }

    private static Node pane(Node body, String name) {
        ScrollPane scroll = new ScrollPane(body);
        scroll.setId("settings-pane-" + slug(name));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        ((VBox) body).setPadding(new Insets(0, 8, 16, 0));
        return scroll;
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
