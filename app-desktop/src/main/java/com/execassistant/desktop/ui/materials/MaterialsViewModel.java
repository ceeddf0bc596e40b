package com.execassistant.desktop.ui.materials;

import com.execassistant.core.materials.Materials;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.desktop.ui.app.DesktopBackend;
import com.execassistant.desktop.ui.app.Failures;
import com.execassistant.desktop.ui.app.StatusBarViewModel;
import com.execassistant.desktop.ui.app.UiExecutor;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A run's materials as published: the agenda (HTML), the questions and the notes (Markdown, shown
 * rendered), which writer made them, when and how long it took, and where they are on disk; and
 * what the user can do with them: copy the shown tab, open the folder, export them.
 */
public final class MaterialsViewModel {

    private final DesktopBackend backend;
    private final UiExecutor ui;
    private final StatusBarViewModel status;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper agendaHtml = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper questions = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper questionsHtml = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notesHtml = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper madeBy = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final MaterialsActionsViewModel actions;
    private String shownLocation;

    public MaterialsViewModel(DesktopBackend backend, UiExecutor ui, StatusBarViewModel status) {
        this.backend = backend;
        this.ui = ui;
        this.status = status;
        this.actions = new MaterialsActionsViewModel(ui);
    }

    /** Shows the materials of {@code run} once it has some. */
    public void follow(PrepRun run) {
        if (run == null || run.materialsLocation() == null) {
            shownLocation = null;
            ready.set(false);
            actions.clear(null);
            madeBy.set("The materials appear here once the prep Q&A is over.");
            return;
        }
        if (run.materialsLocation().equals(shownLocation)) {
            return;
        }
        shownLocation = run.materialsLocation();
        ui.submit(
                () -> load(run),
                this::show,
                e -> status.error(Failures.sentence("The materials could not be read", e), e));
    }

    /** Reads and renders off the FX thread: the files, the writer's record, the meeting's name. */
    private MaterialsLoad load(PrepRun run) {
        Map<String, String> files = backend.materials(run);
        ZoneId zone = backend.zone();
        String questionsMd = files.getOrDefault(MaterialsTab.QUESTIONS.fileName(), "");
        String notesMd = files.getOrDefault(MaterialsTab.NOTES.fileName(), "");
        Optional<Materials> made = backend.generatedMaterials(run);
        String by =
                MadeBy.sentence(
                        run.materialsWriter(),
                        made.map(Materials::generatedAt).orElse(run.updatedAt()),
                        run.materialsMillis(),
                        zone);
        String name =
                backend.meeting(run.meetingId())
                        .map(
                                m ->
                                        MaterialsExport.name(
                                                m.event().title(),
                                                m.event().start() == null
                                                        ? null
                                                        : m.event()
                                                                .start()
                                                                .withZoneSameInstant(zone)
                                                                .toLocalDate()))
                        .orElse("Materials");
        return new MaterialsLoad(
                run.materialsLocation(),
                files.getOrDefault(MaterialsTab.AGENDA.fileName(), ""),
                questionsMd,
                notesMd,
                MarkdownHtml.document(questionsMd),
                MarkdownHtml.document(notesMd),
                by,
                name);
    }

    private void show(MaterialsLoad l) {
        agendaHtml.set(l.agendaHtml());
        questions.set(l.questionsMarkdown());
        notes.set(l.notesMarkdown());
        questionsHtml.set(l.questionsPage());
        notesHtml.set(l.notesPage());
        folder.set(l.folder());
        madeBy.set(l.madeBy());
        actions.clear(l);
        ready.set(true);
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** The agenda, a complete HTML page. */
    public ReadOnlyStringProperty agendaHtmlProperty() {
        return agendaHtml.getReadOnlyProperty();
    }

    /** The questions as written (Markdown). */
    public ReadOnlyStringProperty questionsProperty() {
        return questions.getReadOnlyProperty();
    }

    /** The notes as written (Markdown). */
    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** The questions rendered, a complete HTML page safe to show. */
    public ReadOnlyStringProperty questionsHtmlProperty() {
        return questionsHtml.getReadOnlyProperty();
    }

    /** The notes rendered, a complete HTML page safe to show. */
    public ReadOnlyStringProperty notesHtmlProperty() {
        return notesHtml.getReadOnlyProperty();
    }

    /** Which writer made them, when and how fast; or what to do to get some. */
    public ReadOnlyStringProperty madeByProperty() {
        return madeBy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** Copy, open folder, export: what the user can do with the materials shown. */
    public MaterialsActionsViewModel actions() {
        return actions;
    }
}
