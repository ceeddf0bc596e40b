package com.execassistant.desktop.ui.detail;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The right pane: the meeting's header and actions, then the Prep, Context, Materials tabs. */
public final class MeetingDetailView extends BorderPane {

    private final TabPane tabs;

    public MeetingDetailView(MeetingDetailViewModel vm, Node chat, Node materials) {
        Label title = new Label();
        title.setId("detail-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(vm.titleProperty());
        Label when = muted(vm.whenProperty().getValue());
        when.setId("detail-when");
        when.textProperty().bind(vm.whenProperty());
        Label type = muted("");
        type.setId("detail-type");
        type.textProperty().bind(vm.classificationProperty());
        Label prep = new Label();
        prep.setId("detail-prep");
        prep.textProperty().bind(vm.prepProperty());

        Button prepNow = new Button("Prep now");
        prepNow.setId("detail-prep-now");
        prepNow.getStyleClass().add(Styles.ACCENT);
        prepNow.disableProperty().bind(vm.canPrepNowProperty().not());
        prepNow.setOnAction(e -> vm.prepNow());
        Button skip = new Button("Skip");
        skip.setId("detail-skip");
        skip.disableProperty().bind(vm.canSkipProperty().not());
        skip.setOnAction(e -> vm.skip());
        Button retry = new Button("Retry");
        retry.setId("detail-retry");
        retry.visibleProperty().bind(vm.canRetryProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> vm.retry());
        Button snooze = new Button("Snooze");
        snooze.setId("detail-snooze");
        snooze.disableProperty().bind(vm.canSnoozeProperty().not());
        snooze.setOnAction(e -> vm.snooze());
        Label snoozed = muted("");
        snoozed.setId("detail-snooze-note");
        snoozed.textProperty().bind(vm.snoozeNoteProperty());
        snoozed.visibleProperty().bind(vm.snoozeNoteProperty().isNotEmpty());
        snoozed.managedProperty().bind(snoozed.visibleProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head1 = new HBox(8, title, grow, retry, prepNow, snooze, skip);
        VBox header =
                new VBox(
                        4,
                        head1,
                        when,
                        type,
                        new TypeChoiceView(vm.typeChoice()),
                        prep,
                        snoozed,
                        new UndoBar(vm.undo()));
        header.setPadding(new Insets(12));

        ListView<String> attendees = new ListView<>(vm.attendees());
        attendees.setId("detail-attendees");
        tabs =
                new TabPane(
                        new Tab("Prep", chat),
                        new Tab("Context", context(vm)),
                        new Tab("Materials", materials),
                        new Tab("Attendees", attendees));
        tabs.setId("detail-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setTop(header);
        setCenter(tabs);
    }

    /** One card per source with its summary; a gap is a warning card saying what is missing. */
    private static Node context(MeetingDetailViewModel vm) {
        VBox cards = new VBox(8);
        cards.setId("detail-context");
        cards.setPadding(new Insets(12));
        Runnable redraw =
                () -> {
                    cards.getChildren().clear();
                    vm.context().forEach(c -> cards.getChildren().add(card(c, null)));
                    vm.gaps().forEach(g -> cards.getChildren().add(card(g, Styles.WARNING)));
                    if (cards.getChildren().isEmpty()) {
                        cards.getChildren()
                                .add(muted("The context is gathered when the prep starts."));
                    }
                };
        vm.context().addListener((ListChangeListener<String>) c -> redraw.run());
        vm.gaps().addListener((ListChangeListener<String>) c -> redraw.run());
        redraw.run();
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static Label card(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setPadding(new Insets(8));
        l.getStyleClass().add("context-card");
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    /** Shows the tab with this title ("Prep", "Context", "Materials", "Attendees"). */
    public void show(String tab) {
        tabs.getTabs().stream()
                .filter(t -> t.getText().equals(tab))
                .findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }
}
