package com.execassistant.desktop.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Building blocks of the settings panes: a field with its error under it, buttons, titles. */
final class Fields {

    private Fields() {}

    static TextField text(String id, String label, SettingField field) {
        TextField f = new TextField();
        bind(f, id, label, field);
        return f;
    }

    /** A secret: typed here, never filled with the stored value. */
    static PasswordField secret(String id, String label, SettingField field) {
        PasswordField f = new PasswordField();
        bind(f, id, label, field);
        return f;
    }

    private static void bind(TextInputControl f, String id, String label, SettingField field) {
        f.setId(id);
        f.setAccessibleText(label);
        f.textProperty().bindBidirectional(field.valueProperty());
        field.errorProperty()
                .addListener(
                        (o, a, b) -> f.pseudoClassStateChanged(Styles.STATE_DANGER, !b.isEmpty()));
    }

    /** The label, the control, and the error right under it in one sentence. */
    static VBox labelled(String label, Node control, ReadOnlyStringProperty error, String id) {
        Label err = message(id + "-error", error, true);
        VBox box = new VBox(4, new Label(label), control, err);
        box.setMaxWidth(520);
        return box;
    }

    static VBox field(String id, String label, SettingField field) {
        return labelled(label, text(id, label, field), field.errorProperty(), id);
    }

    /** A line of text bound to a property, hidden while empty; red when it is an error. */
    static Label message(String id, ReadOnlyStringProperty text, boolean danger) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        if (danger) {
            l.getStyleClass().add(Styles.DANGER);
        }
        l.textProperty().bind(text);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

    /** A section's status line: red when the action failed. */
    static Label status(String id, SectionStatus s) {
        Label l = message(id, s.messageProperty(), false);
        // The outcome is set before the sentence, so the sentence's change picks the colour.
        s.messageProperty()
                .addListener(
                        (o, a, text) -> {
                            l.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
                            if (!s.busyProperty().get()) {
                                l.getStyleClass()
                                        .add(
                                                s.failedProperty().get()
                                                        ? Styles.DANGER
                                                        : Styles.SUCCESS);
                            }
                        });
        return l;
    }

    static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        // A long status sentence next to it must wrap, not squeeze the button to "...".
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    static Button accent(String id, String text, Runnable action) {
        Button b = button(id, text, action);
        b.getStyleClass().add(Styles.ACCENT);
        return b;
    }

    static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    static Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    static HBox row(Node... nodes) {
        HBox h = new HBox(12, nodes);
        h.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        return h;
    }
}
