package com.execassistant.desktop.ui.detail;

import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.monitor.TypeOverride.Scope;
import com.execassistant.desktop.meeting.TypeChoices;
import com.execassistant.desktop.ui.app.DesktopBackend;
import com.execassistant.desktop.ui.app.Failures;
import com.execassistant.desktop.ui.app.StatusBarViewModel;
import com.execassistant.desktop.ui.app.UiExecutor;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The meeting's type and how to change it: the configured types plus "Automatic", the choice in
 * force, whether it covers the series, and the line that says who decided ("set by you" or the
 * classifier's reason). A change is offered for Undo.
 */
public final class TypeChoiceViewModel {

    /** The entry that hands the type back to the classifier. */
    public static final String AUTOMATIC = "Automatic (classifier)";

    private final DesktopBackend backend;
    private final UiExecutor ui;
    private final StatusBarViewModel status;
    private final UndoViewModel undo;
    private final Runnable refresh;
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper(AUTOMATIC);
    private final ReadOnlyBooleanWrapper forSeries = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper inSeries = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private String meetingId;

    /**
     * @param refresh reads the meeting again after a change (the type, the prep run)
     */
    public TypeChoiceViewModel(
            DesktopBackend backend,
            UiExecutor ui,
            StatusBarViewModel status,
            UndoViewModel undo,
            Runnable refresh) {
        this.backend = backend;
        this.ui = ui;
        this.status = status;
        this.undo = undo;
        this.refresh = refresh;
    }

    /** Read off the FX thread, with the rest of the meeting. */
    record Loaded(List<String> types, TypeChoices.Current current) {}

    Loaded load(String id) {
        return new Loaded(backend.typeChoices().types(), backend.typeChoices().current(id));
    }

    /** Shows the meeting's type; on the UI thread. */
    void show(MeetingRecord m, Loaded l) {
        meetingId = m.id();
        List<String> all = new ArrayList<>();
        all.add(AUTOMATIC);
        all.addAll(l.types());
        if (!choices.equals(all)) {
            choices.setAll(all);
        }
        String chosen = l.current().chosen();
        selected.set(chosen == null ? AUTOMATIC : chosen);
        forSeries.set(l.current().forMeeting() == null && l.current().forSeries() != null);
        inSeries.set(l.current().inSeries());
        explanation.set(explain(m, l.current()));
    }

    private static String explain(MeetingRecord m, TypeChoices.Current c) {
        String chosen = c.chosen();
        if (chosen != null && chosen.equals(m.type())) {
            return "Type: "
                    + m.type()
                    + " - set by you"
                    + (c.forMeeting() == null ? " for the whole series" : "");
        }
        String why =
                m.rule() != null && m.rule().startsWith(m.type())
                        ? m.rule()
                        : m.type() + " - " + m.rule();
        if (chosen != null) {
            // The configuration no longer has the chosen type: the rules decided instead.
            return "Type: " + why + " (your choice \"" + chosen + "\" is not a configured type)";
        }
        return "Type: " + why;
    }

    /**
     * Sets the type (or {@link #AUTOMATIC}) for this meeting or, with {@code series}, every meeting
     * of its series; the prep is rescheduled for the new type and Undo is offered.
     */
    public void choose(String choice, boolean series) {
        String id = meetingId;
        if (id == null || choice == null) {
            return;
        }
        String type = AUTOMATIC.equals(choice) ? null : choice;
        Scope scope = series && inSeries.get() ? Scope.SERIES : Scope.MEETING;
        ui.submit(
                () -> backend.typeChoices().choose(id, scope, type),
                previous -> {
                    refresh.run();
                    undo.offer(
                            (type == null ? "Type left to the classifier" : "Type set to " + type)
                                    + (scope == Scope.SERIES ? " for the whole series." : "."),
                            () -> takeBack(previous));
                },
                e -> status.error(Failures.sentence("The type could not be changed", e), e));
    }

    private void takeBack(TypeChoices.Previous previous) {
        ui.submit(
                () -> {
                    backend.typeChoices().undo(previous);
                    return previous;
                },
                p -> refresh.run(),
                e -> status.error(Failures.sentence("The type change could not be undone", e), e));
    }

    public ObservableList<String> choices() {
        return choices;
    }

    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty forSeriesProperty() {
        return forSeries.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty inSeriesProperty() {
        return inSeries.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }
}
