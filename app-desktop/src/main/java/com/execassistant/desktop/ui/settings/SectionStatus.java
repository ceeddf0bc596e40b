package com.execassistant.desktop.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What a settings section says after an action: a sentence, whether it failed, whether busy. */
public final class SectionStatus {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    void working(String sentence) {
        busy.set(true);
        failed.set(false);
        message.set(sentence);
    }

    void ok(String sentence) {
        busy.set(false);
        failed.set(false);
        message.set(sentence);
    }

    void failed(String sentence) {
        busy.set(false);
        failed.set(true);
        message.set(sentence);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
