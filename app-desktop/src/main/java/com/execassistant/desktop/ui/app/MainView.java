package com.execassistant.desktop.ui.app;

import atlantafx.base.theme.Styles;
import com.execassistant.desktop.ui.chat.ChatView;
import com.execassistant.desktop.ui.detail.MeetingDetailView;
import com.execassistant.desktop.ui.materials.MaterialsView;
import com.execassistant.desktop.ui.materials.WebKitLibrary;
import com.execassistant.desktop.ui.settings.SettingsView;
import com.execassistant.desktop.ui.timeline.TimelineView;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/** The main window: top bar, timeline on the left, meeting or settings on the right, status. */
public final class MainView extends BorderPane {

    private final MainViewModel vm;
    private final TimelineView timeline;
    private final LazyPane<MeetingDetailView> detail;
    private final Timeline ticker;

    public MainView(MainViewModel vm) {
        this.vm = vm;
        timeline = new TimelineView(vm.timeline(), vm::open);
        detail =
                new LazyPane<>(
                        () ->
                                new MeetingDetailView(
                                        vm.detail(),
                                        new ChatView(vm.chat()),
                                        new MaterialsView(vm.materials(), vm.darkProperty())),
                        vm.meetingOpenProperty().and(vm.settingsShownProperty().not()));
        LazyPane<SettingsView> settings =
                new LazyPane<>(
                        () ->
                                new SettingsView(
                                        vm.settings(), () -> vm.settingsShownProperty().set(false)),
                        vm.settingsShownProperty());

        Label pick = new Label("Pick a meeting on the left to see its prep.");
        pick.getStyleClass().add(Styles.TEXT_MUTED);
        pick.visibleProperty()
                .bind(vm.meetingOpenProperty().not().and(vm.settingsShownProperty().not()));
        StackPane right = new StackPane(pick, detail, settings);
        // The meeting pane is built once the first rows are drawn, so the first open is quick
        // without the first frame waiting for it; WebKit's library starts loading (off the FX
        // thread) when a meeting is first opened, as only a meeting's materials need it.
        vm.timeline()
                .items()
                .addListener(
                        new javafx.collections.ListChangeListener<Object>() {
                            @Override
                            public void onChanged(Change<?> c) {
                                if (!vm.timeline().items().isEmpty()) {
                                    vm.timeline().items().removeListener(this);
                                    PauseTransition drawn =
                                            new PauseTransition(Duration.millis(300));
                                    drawn.setOnFinished(e -> detail.build());
                                    drawn.play();
                                }
                            }
                        });
        vm.openedMeetingProperty()
                .addListener(
                        (o, was, id) -> {
                            if (id != null) {
                                timeline.show(id);
                            }
                        });
        vm.meetingOpenProperty()
                .addListener(
                        (o, was, open) -> {
                            if (open) {
                                WebKitLibrary.preload();
                            }
                        });

        SplitPane split = new SplitPane(timeline, right);
        split.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(timeline, false);

        setTop(topBar());
        setCenter(split);
        setBottom(new StatusBarView(vm.status(), vm::leaveDemo));
        // The engine moves runs on its own threads; a light poll keeps the open meeting current.
        ticker = new Timeline(new KeyFrame(Duration.seconds(2), e -> vm.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    private HBox topBar() {
        Label title = new Label("Exec Assistant");
        title.getStyleClass().add("app-title");
        Button sync = new Button("Sync now");
        sync.setId("sync-now");
        sync.disableProperty().bind(vm.status().syncingProperty());
        sync.setOnAction(e -> vm.sync());
        ToggleButton dark = new ToggleButton("Dark");
        dark.setId("theme-dark");
        dark.selectedProperty().bindBidirectional(vm.darkProperty());
        vm.darkProperty().addListener((o, a, on) -> Theme.apply(on));
        Button gear = new Button("Settings");
        gear.setId("open-settings");
        gear.setOnAction(e -> vm.settingsShownProperty().set(true));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, title, grow, sync, dark, gear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    /** Keyboard shortcuts: search, sync, next/previous meeting, settings. */
    public void installShortcuts(Scene scene) {
        var keys = scene.getAccelerators();
        keys.put(shortcut(KeyCode.F), timeline::focusSearch);
        keys.put(shortcut(KeyCode.R), vm::sync);
        keys.put(new KeyCodeCombination(KeyCode.F5), vm::sync);
        keys.put(
                new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN),
                () -> timeline.move(1));
        keys.put(
                new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN),
                () -> timeline.move(-1));
        keys.put(shortcut(KeyCode.COMMA), () -> vm.settingsShownProperty().set(true));
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    public void startTicking() {
        ticker.play();
    }

    public void stopTicking() {
        ticker.stop();
    }

    public MeetingDetailView detail() {
        return detail.build();
    }

    public MainViewModel viewModel() {
        return vm;
    }
}
