package com.execassistant.desktop.ui.materials;

import com.execassistant.desktop.ui.app.Failures;
import com.execassistant.desktop.ui.app.UiExecutor;
import com.execassistant.desktop.ui.settings.Opener;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the user can do with the materials shown: copy the shown tab, open the folder (or copy its
 * path where no file manager can be opened), follow a link in the browser, export them. The view
 * supplies the clipboard and the opener (browser, file manager), and the dialogs' answers; the I/O
 * runs through the UiExecutor. Each outcome is one sentence in {@link #messageProperty()}.
 */
public final class MaterialsActionsViewModel {

    private final UiExecutor ui;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper pathOffered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<MaterialsTab> shownTab =
            new SimpleObjectProperty<>(MaterialsTab.AGENDA);
    private MaterialsLoad shown;

    MaterialsActionsViewModel(UiExecutor ui) {
        this.ui = ui;
    }

    /** New materials (or none) are shown: earlier outcomes no longer apply. */
    void clear(MaterialsLoad now) {
        shown = now;
        pathOffered.set(false);
        say("", false);
    }

    private MaterialsLoad shown() {
        if (shown == null) {
            throw new IllegalStateException("no materials are shown");
        }
        return shown;
    }

    /** Copies the shown tab: Markdown (or the agenda's text) as text, and its HTML. */
    public void copy(MaterialsClipboard clipboard) {
        MaterialsTab tab = shownTab.get();
        MaterialsLoad m = shown();
        switch (tab) {
            case AGENDA -> clipboard.put(PlainText.of(m.agendaHtml()), m.agendaHtml());
            case QUESTIONS ->
                    clipboard.put(
                            m.questionsMarkdown(), MarkdownHtml.fragment(m.questionsMarkdown()));
            case NOTES ->
                    clipboard.put(m.notesMarkdown(), MarkdownHtml.fragment(m.notesMarkdown()));
        }
        say("Copied the " + tab.title().toLowerCase(Locale.ROOT) + ".", false);
    }

    /** Copies the folder's path: what is left when no file manager can be opened. */
    public void copyPath(MaterialsClipboard clipboard) {
        clipboard.put(shown().folder(), null);
        say("The folder's path is on the clipboard.", false);
    }

    /**
     * Opens the folder in the file manager, or says where it is (and offers to copy the path) when
     * that cannot be done. The opener may start the system's desktop toolkit and block: off the FX
     * thread.
     */
    public void openFolder(Opener opener) {
        Path dir = Path.of(shown().folder());
        ui.submit(
                () -> opener.open(dir),
                opened -> {
                    if (opened) {
                        say("", false);
                    } else {
                        offerPath(dir);
                    }
                },
                e -> offerPath(dir));
    }

    private void offerPath(Path dir) {
        pathOffered.set(true);
        say("This system could not open the folder. The materials are in " + dir + ".", false);
    }

    /** Opens a link from the materials in the browser; never inside the app. */
    public void openLink(String url, Opener opener) {
        if (!MarkdownHtml.followable(url)) {
            say("Only web and mail links open from the materials.", true);
            return;
        }
        ui.submit(
                () -> opener.browse(URI.create(url.strip())),
                opened ->
                        say(
                                opened
                                        ? ""
                                        : "No browser could be opened here. The link is "
                                                + url
                                                + ".",
                                false),
                e -> say(Failures.sentence("The link could not be opened", e), true));
    }

    /** Exports the three files into a new folder inside {@code parent}. */
    public void exportToFolder(Path parent) {
        Path source = Path.of(shown().folder());
        String name = shown().exportName();
        export(parent, () -> MaterialsExport.toFolder(source, parent, name));
    }

    /** Exports the three files as the .zip {@code target}. */
    public void exportToZip(Path target) {
        Path source = Path.of(shown().folder());
        export(target, () -> MaterialsExport.toZip(source, target));
    }

    private void export(Path target, Callable<Path> work) {
        exporting.set(true);
        say("Exporting…", false);
        ui.submit(
                work,
                done -> {
                    exporting.set(false);
                    say("Exported to " + done + ".", false);
                },
                e -> {
                    exporting.set(false);
                    say(ExportFailures.sentence(target, e), true);
                });
    }

    /** The name the save dialog proposes for a .zip export. */
    public String suggestedZipName() {
        return shown().exportName() + ".zip";
    }

    private void say(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }

    /** The outcome of the last action (copied, exported, why not), as one sentence. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** True when the folder could not be opened and its path is offered to copy instead. */
    public ReadOnlyBooleanProperty pathOfferedProperty() {
        return pathOffered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** The tab the user is looking at; Copy copies it. */
    public ObjectProperty<MaterialsTab> shownTabProperty() {
        return shownTab;
    }
}
