package com.execassistant.desktop.ui.timeline;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The left pane: search, the virtualized meeting list, the type and prep-state filters. */
public final class TimelineView extends BorderPane {

    private final ListView<TimelineItem> list;
    private final TextField search = new TextField();
    private String openId;

    public TimelineView(TimelineViewModel vm, Consumer<TimelineRow> onOpen) {
        search.setId("timeline-search");
        search.setPromptText("Search meetings (Ctrl+F)");
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setAccessibleText("Search meetings");

        list = new ListView<>(vm.items());
        list.setId("timeline");
        list.setAccessibleText("Upcoming meetings");
        list.setCellFactory(v -> new TimelineCell());
        Label empty = new Label();
        empty.textProperty().bind(vm.emptyTextProperty());
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, was, now) -> {
                            if (now instanceof TimelineRow row && !row.meetingId().equals(openId)) {
                                openId = row.meetingId();
                                onOpen.accept(row);
                            }
                        });
        // A reload replaces the items, which clears the selection: put it back on the same meeting.
        vm.items()
                .addListener((javafx.collections.ListChangeListener<TimelineItem>) c -> reselect());

        ComboBox<String> type = new ComboBox<>(vm.types());
        type.setId("timeline-type");
        type.valueProperty().bindBidirectional(vm.typeProperty());
        type.setAccessibleText("Filter by meeting type");
        ComboBox<StateFilter> state =
                new ComboBox<>(
                        javafx.collections.FXCollections.observableArrayList(StateFilter.values()));
        state.setId("timeline-state");
        state.valueProperty().bindBidirectional(vm.stateProperty());
        state.setAccessibleText("Filter by prep state");
        HBox filters = new HBox(8, new Label("Type"), type, new Label("Prep"), state);
        filters.setPadding(new Insets(8));

        VBox top = new VBox(search);
        top.setPadding(new Insets(8));
        VBox.setVgrow(list, Priority.ALWAYS);
        setTop(top);
        setCenter(list);
        setBottom(filters);
        setPrefWidth(360);
    }

    private void reselect() {
        if (openId == null) {
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof TimelineRow r && r.meetingId().equals(openId)) {
                list.getSelectionModel().select(i);
                return;
            }
        }
    }

    /** Selects a meeting opened from elsewhere (a tray message) and scrolls to it. */
    public void show(String meetingId) {
        openId = meetingId;
        reselect();
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            list.scrollTo(i);
        }
    }

    public void focusSearch() {
        search.requestFocus();
    }

    /** Moves the selection by {@code delta} meetings, skipping day headers. */
    public void move(int delta) {
        int i = list.getSelectionModel().getSelectedIndex();
        int n = list.getItems().size();
        for (int j = i + delta; j >= 0 && j < n; j += delta) {
            if (list.getItems().get(j) instanceof TimelineRow) {
                list.getSelectionModel().select(j);
                list.scrollTo(j);
                return;
            }
        }
    }
}
