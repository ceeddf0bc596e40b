package com.execassistant.desktop.ui.detail;

import com.execassistant.core.context.ContextBundle;
import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.prep.ContextJson;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepStep;
import com.execassistant.core.prep.Snooze;
import com.execassistant.desktop.ui.app.DesktopBackend;
import com.execassistant.desktop.ui.app.Failures;
import com.execassistant.desktop.ui.app.StatusBarViewModel;
import com.execassistant.desktop.ui.app.UiExecutor;
import com.execassistant.desktop.ui.timeline.PrepState;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One meeting: when (in the user's zone), who and how they answered, its type and why, the context
 * gathered and its gaps, and the prep actions.
 */
public final class MeetingDetailViewModel {

    /** What the screen needs, read in one go off the FX thread. */
    record Snapshot(
            MeetingRecord meeting, PrepRun run, TypeChoiceViewModel.Loaded types, Snooze snooze) {}

    private final DesktopBackend backend;
    private final UiExecutor ui;
    private final StatusBarViewModel status;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper when = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper classification = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper prep = new ReadOnlyStringWrapper("");
    private final ObservableList<String> attendees = FXCollections.observableArrayList();
    private final ObservableList<String> context = FXCollections.observableArrayList();
    private final ObservableList<String> gaps = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canPrepNow = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSkip = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRetry = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSnooze = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper snoozeNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PrepRun> run = new ReadOnlyObjectWrapper<>();
    private final UndoViewModel undo = new UndoViewModel();
    private final TypeChoiceViewModel typeChoice;
    private String meetingId;

    public MeetingDetailViewModel(
            DesktopBackend backend, UiExecutor ui, StatusBarViewModel status) {
        this.backend = backend;
        this.ui = ui;
        this.status = status;
        this.typeChoice = new TypeChoiceViewModel(backend, ui, status, undo, this::refresh);
    }

    /** Shows the meeting with this id. */
    public void open(String id) {
        meetingId = id;
        refresh();
    }

    /** Reads the meeting and its newest run again (the engine moves runs on its own). */
    public void refresh() {
        String id = meetingId;
        if (id == null) {
            return;
        }
        ui.submit(
                () -> read(id),
                s -> {
                    if (id.equals(meetingId)) {
                        show(s);
                    }
                },
                e -> status.error(Failures.sentence("This meeting could not be shown", e), e));
    }

    private Snapshot read(String id) {
        MeetingRecord m =
                backend.meeting(id)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "the meeting is no longer in the calendar"));
        PrepRun r = backend.latestRun(id).orElse(null);
        return new Snapshot(
                m,
                r,
                typeChoice.load(id),
                r == null ? null : backend.pendingSnooze(r.runId()).orElse(null));
    }

    private void show(Snapshot s) {
        MeetingRecord m = s.meeting();
        title.set(m.event().title() == null ? "(no title)" : m.event().title());
        when.set(MeetingTimes.describe(m.event(), backend.zone()));
        typeChoice.show(m, s.types());
        classification.set(typeChoice.explanationProperty().get());
        attendees.setAll(m.event().attendees().stream().map(this::attendee).toList());
        ContextBundle bundle = contextOf(s.run());
        context.setAll(
                bundle.sections().stream()
                        .map(c -> label(c.kind().name()) + ": " + c.summary())
                        .toList());
        gaps.setAll(
                bundle.gaps().stream()
                        .map(g -> label(g.kind().name()) + " is missing: " + g.reason())
                        .toList());
        prep.set(PrepState.of(m, s.run(), backend.now(), backend.zone()).text());
        boolean finished = s.run() != null && s.run().status().finished();
        canPrepNow.set(
                !m.event().isCancelled() && (s.run() == null || finished || isScheduled(s.run())));
        canSkip.set(s.run() != null && !finished);
        canRetry.set(
                s.run() != null
                        && (s.run().status() == com.execassistant.core.prep.RunStatus.FAILED
                                || s.run().status()
                                        == com.execassistant.core.prep.RunStatus.RETRYING));
        canSnooze.set(
                s.run() != null
                        && !finished
                        && s.run().step() == PrepStep.WAIT_FOR_CHAT_COMPLETION);
        snoozeNote.set(
                s.snooze() == null
                        ? ""
                        : "Snoozed: you will be asked again at "
                                + MeetingTimes.clock(s.snooze().nudgeAt(), backend.zone())
                                + ".");
        if (!java.util.Objects.equals(run.get(), s.run())) {
            run.set(s.run());
        }
    }

    private static boolean isScheduled(PrepRun r) {
        return r.status() == com.execassistant.core.prep.RunStatus.SCHEDULED;
    }

    private static ContextBundle contextOf(PrepRun r) {
        try {
            return ContextJson.read(r == null ? null : r.contextJson());
        } catch (IllegalStateException e) {
            return ContextBundle.empty();
        }
    }

    private String attendee(Attendee a) {
        String who = a.name() == null || a.name().isBlank() ? a.email() : a.name();
        String role = a.resource() ? " (room)" : a.optional() ? " (optional)" : "";
        return who + role + " - " + label(a.responseStatus().name());
    }

    private static String label(String constant) {
        String s = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Prep now, whatever the schedule says. */
    public void prepNow() {
        String id = meetingId;
        ui.submit(
                () -> backend.prepNow(id),
                r -> refresh(),
                e -> status.error(Failures.sentence("Prep could not start", e), e));
    }

    /** Tries a failed prep again from the step that failed. */
    public void retry() {
        PrepRun current = run.get();
        if (current == null) {
            return;
        }
        ui.submit(
                () -> backend.retry(current.runId()),
                r -> refresh(),
                e -> status.error(Failures.sentence("The prep could not be retried", e), e));
    }

    /** No prep for this meeting. */
    public void skip() {
        Optional<PrepRun> r = Optional.ofNullable(run.get());
        r.ifPresent(
                current ->
                        ui.submit(
                                () -> {
                                    backend.skip(current);
                                    return current;
                                },
                                done -> {
                                    refresh();
                                    undo.offer("Prep skipped.", () -> unskip(done));
                                },
                                e -> status.error(Failures.sentence("Could not skip", e), e)));
    }

    /** Undo of Skip: the run resumes where it was. */
    private void unskip(PrepRun before) {
        ui.submit(
                () -> backend.unskip(before),
                r -> refresh(),
                e -> status.error(Failures.sentence("The skip could not be undone", e), e));
    }

    /** Not now: ask again after the snooze interval (in working hours, before the reminder). */
    public void snooze() {
        String id = meetingId;
        ui.submit(
                () -> backend.snooze(id),
                outcome -> {
                    refresh();
                    snoozeNote.set(outcome.message());
                },
                e -> status.error(Failures.sentence("Could not snooze", e), e));
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whenProperty() {
        return when.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty classificationProperty() {
        return classification.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty prepProperty() {
        return prep.getReadOnlyProperty();
    }

    public ObservableList<String> attendees() {
        return attendees;
    }

    public ObservableList<String> context() {
        return context;
    }

    public ObservableList<String> gaps() {
        return gaps;
    }

    public ReadOnlyBooleanProperty canPrepNowProperty() {
        return canPrepNow.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRetryProperty() {
        return canRetry.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSkipProperty() {
        return canSkip.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSnoozeProperty() {
        return canSnooze.getReadOnlyProperty();
    }

    /** When a snooze will ask again, or why it could not; empty when there is none. */
    public ReadOnlyStringProperty snoozeNoteProperty() {
        return snoozeNote.getReadOnlyProperty();
    }

    public TypeChoiceViewModel typeChoice() {
        return typeChoice;
    }

    public UndoViewModel undo() {
        return undo;
    }

    /** The meeting's newest run; the chat and materials panes follow it. */
    public ReadOnlyObjectProperty<PrepRun> runProperty() {
        return run.getReadOnlyProperty();
    }
}
