package com.execassistant.desktop.ui.materials;

import com.execassistant.core.prep.PrepRun;
import com.execassistant.desktop.ui.app.DesktopBackend;
import com.execassistant.desktop.ui.app.Failures;
import com.execassistant.desktop.ui.app.StatusBarViewModel;
import com.execassistant.desktop.ui.app.UiExecutor;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A run's materials as published: the agenda (HTML), the questions and the notes (Markdown), which
 * writer made them and how long it took, and where they are on disk.
 */
public final class MaterialsViewModel {

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final DesktopBackend backend;
    private final UiExecutor ui;
    private final StatusBarViewModel status;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper agendaHtml = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper questions = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper madeBy = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private String shownLocation;

    public MaterialsViewModel(DesktopBackend backend, UiExecutor ui, StatusBarViewModel status) {
        this.backend = backend;
        this.ui = ui;
        this.status = status;
    }

    /** Shows the materials of {@code run} once it has some. */
    public void follow(PrepRun run) {
        if (run == null || run.materialsLocation() == null) {
            shownLocation = null;
            ready.set(false);
            madeBy.set("The materials appear here once the prep Q&A is over.");
            return;
        }
        if (run.materialsLocation().equals(shownLocation)) {
            return;
        }
        shownLocation = run.materialsLocation();
        ZoneId zone = backend.zone();
        ui.submit(
                () -> backend.materials(run),
                files -> show(run, files, zone),
                e -> status.error(Failures.sentence("The materials could not be read", e), e));
    }

    private void show(PrepRun run, Map<String, String> files, ZoneId zone) {
        agendaHtml.set(files.getOrDefault("agenda.html", ""));
        questions.set(files.getOrDefault("questions.md", ""));
        notes.set(files.getOrDefault("notes.md", ""));
        folder.set(run.materialsLocation());
        String when = AT.format(run.updatedAt().atZone(zone));
        madeBy.set(
                "Made by the "
                        + run.materialsWriter()
                        + " writer, "
                        + when
                        + (run.materialsMillis() == null
                                ? ""
                                : ", in " + run.materialsMillis() + " ms"));
        ready.set(true);
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty agendaHtmlProperty() {
        return agendaHtml.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty questionsProperty() {
        return questions.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** Which writer made them, when and how fast; or what to do to get some. */
    public ReadOnlyStringProperty madeByProperty() {
        return madeBy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }
}
