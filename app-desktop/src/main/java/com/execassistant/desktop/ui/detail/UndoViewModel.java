package com.execassistant.desktop.ui.detail;

import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The inline "Undo" bar: after an action worth taking back (Skip, a type change) it offers the way
 * back for a few seconds. Only the latest action can be undone; a newer offer replaces the older.
 * The view owns the timer and calls {@link #expire} with the offer's number, so this stays free of
 * the toolkit and a test decides when time is up.
 */
public final class UndoViewModel {

    /** How long an offer stays. */
    public static final Duration SHOWN_FOR = Duration.ofSeconds(6);

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper offer = new ReadOnlyIntegerWrapper(0);
    private Runnable undo;

    /** Offers {@code undoAction} under {@code text} until it expires or is used. */
    public void offer(String text, Runnable undoAction) {
        undo = undoAction;
        message.set(text);
        showing.set(true);
        offer.set(offer.get() + 1);
    }

    /** Takes the action back, once; nothing happens when the offer is gone. */
    public void undo() {
        Runnable action = undo;
        dismiss();
        if (action != null) {
            action.run();
        }
    }

    /** Time is up for offer {@code number}; a newer offer stays. */
    public void expire(int number) {
        if (number == offer.get()) {
            dismiss();
        }
    }

    /** Hides the bar; the action stands. */
    public void dismiss() {
        undo = null;
        showing.set(false);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** Grows with each offer, so the view can time each one. */
    public ReadOnlyIntegerProperty offerProperty() {
        return offer.getReadOnlyProperty();
    }
}
