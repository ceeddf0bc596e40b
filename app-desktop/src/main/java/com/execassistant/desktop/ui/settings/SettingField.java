package com.execassistant.desktop.ui.settings;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One text field of the Settings page: its value and its error, checked as it is typed. The error
 * is one sentence with the fix, or "" when the value is fine.
 */
public final class SettingField {

    private final StringProperty value = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Function<String, String> check;

    SettingField(Function<String, String> check) {
        this.check = check;
        value.addListener((o, a, b) -> validate());
    }

    /** Checks the value now and shows the result; true when fine. */
    boolean validate() {
        error.set(check.apply(value.get()));
        return error.get().isEmpty();
    }

    /** Shows an error found elsewhere (e.g. a rule between two fields). */
    void fail(String sentence) {
        error.set(sentence);
    }

    String text() {
        return value.get() == null ? "" : value.get().strip();
    }

    void set(String text) {
        value.set(text == null ? "" : text);
        error.set("");
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
