package com.execassistant.desktop.ui.timeline;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One reused cell of the virtualized list. Its nodes are built once and refilled per item, so
 * scrolling 10,000 meetings creates no new nodes.
 */
final class TimelineCell extends ListCell<TimelineItem> {

    private final Label time = new Label();
    private final Label title = new Label();
    private final Label type = new Label();
    private final Label people = new Label();
    private final Label prep = new Label();
    private final VBox row;

    TimelineCell() {
        time.setMinWidth(56);
        time.getStyleClass().add(Styles.TEXT_BOLD);
        type.getStyleClass().addAll("type-chip", Styles.TEXT_SMALL);
        people.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        prep.getStyleClass().add(Styles.TEXT_SMALL);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox line1 = new HBox(8, time, title, grow, type);
        HBox line2 = new HBox(8, spacer(), prep, people);
        row = new VBox(2, line1, line2);
    }

    private static Region spacer() {
        Region r = new Region();
        r.setMinWidth(56);
        return r;
    }

    @Override
    protected void updateItem(TimelineItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        getStyleClass().remove("day-header");
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        switch (item) {
            case TimelineItem.DayHeader h -> {
                setGraphic(null);
                setText(h.label().toUpperCase(java.util.Locale.ROOT));
                getStyleClass().add("day-header");
                setAccessibleText(h.label());
            }
            case TimelineRow r -> {
                time.setText(r.time());
                title.setText(r.title());
                title.getStyleClass().remove(Styles.TEXT_STRIKETHROUGH);
                if (r.cancelled()) {
                    title.getStyleClass().add(Styles.TEXT_STRIKETHROUGH);
                }
                type.setText(r.type());
                people.setText(r.attendees() == 1 ? "1 person" : r.attendees() + " people");
                prep.setText(r.prep().text());
                prep.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER);
                switch (r.prep().kind()) {
                    case READY -> prep.getStyleClass().add(Styles.SUCCESS);
                    case DUE -> prep.getStyleClass().add(Styles.WARNING);
                    case FAILED -> prep.getStyleClass().add(Styles.DANGER);
                    default -> {}
                }
                setGraphic(row);
                setAccessibleText(
                        r.time() + ", " + r.title() + ", " + r.type() + ", " + r.prep().text());
            }
        }
    }
}
