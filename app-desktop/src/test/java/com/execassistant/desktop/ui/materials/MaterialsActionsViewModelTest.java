package com.execassistant.desktop.ui.materials;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.desktop.ui.DirectUiExecutor;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaterialsActionsViewModelTest {

    @TempDir Path dir;
    private Path folder;
    private final MaterialsActionsViewModel vm =
            new MaterialsActionsViewModel(new DirectUiExecutor());
    private final RecordingClipboard clipboard = new RecordingClipboard();

    @BeforeEach
    void showMaterials() throws IOException {
        folder = Files.createDirectories(dir.resolve("materials/acct/m-qbr"));
        String agenda = "<html><head><style>b{}</style></head><body><h1>Agenda</h1></body></html>";
        Files.writeString(folder.resolve("agenda.html"), agenda);
        Files.writeString(folder.resolve("questions.md"), "# Questions\n\n1. Why?\n");
        Files.writeString(folder.resolve("notes.md"), "# Notes\n\n| Action | Owner |\n|---|---|\n");
        vm.clear(
                new MaterialsLoad(
                        folder.toString(),
                        agenda,
                        "# Questions\n\n1. Why?\n",
                        "# Notes\n\n| Action | Owner |\n|---|---|\n",
                        "",
                        "",
                        "Made by the template writer.",
                        "Q4 QBR 2026-11-27"));
    }

    @Test
    void copyingTheNotesPutsTheMarkdownAsTextAndTheRenderedTableAsHtml() {
        vm.shownTabProperty().set(MaterialsTab.NOTES);

        vm.copy(clipboard);

        assertThat(clipboard.plain).startsWith("# Notes\n\n| Action | Owner |");
        assertThat(clipboard.html).contains("<h1>Notes</h1>").contains("<th>Action</th>");
        assertThat(vm.messageProperty().get()).isEqualTo("Copied the notes.");
    }

    @Test
    void copyingTheAgendaPutsItsTextAndItsHtml() {
        vm.copy(clipboard);

        assertThat(clipboard.plain).isEqualTo("Agenda\n");
        assertThat(clipboard.html).startsWith("<html>");
    }

    @Test
    void openingTheFolderHandsItToTheFileManager() {
        LocalOpener opener = new LocalOpener(true);

        vm.openFolder(opener);

        assertThat(opener.openedFolders).containsExactly(folder);
        assertThat(vm.pathOfferedProperty().get()).isFalse();
    }

    @Test
    void withoutAFileManagerThePathIsShownAndOfferedToCopy() {
        vm.openFolder(new LocalOpener(false));

        assertThat(vm.messageProperty().get())
                .isEqualTo(
                        "This system could not open the folder. The materials are in "
                                + folder
                                + ".");
        assertThat(vm.pathOfferedProperty().get()).isTrue();
        vm.copyPath(clipboard);
        assertThat(clipboard.plain).isEqualTo(folder.toString());
        assertThat(clipboard.html).isNull();
    }

    @Test
    void aFolderThatCannotBeOpenedIsOfferedAsAPathInstead() throws IOException {
        for (String f : new String[] {"agenda.html", "questions.md", "notes.md"}) {
            Files.delete(folder.resolve(f));
        }
        Files.delete(folder);

        vm.openFolder(new LocalOpener(true));

        assertThat(vm.messageProperty().get()).startsWith("This system could not open the folder.");
        assertThat(vm.pathOfferedProperty().get()).isTrue();
    }

    @Test
    void aWebLinkOpensInTheBrowser() {
        LocalOpener opener = new LocalOpener(true);

        vm.openLink("https://example.com/deck", opener);

        assertThat(opener.browsed).containsExactly(URI.create("https://example.com/deck"));
    }

    @Test
    void withoutABrowserTheLinkIsShownInstead() {
        vm.openLink("https://example.com/deck", new LocalOpener(false));

        assertThat(vm.messageProperty().get())
                .isEqualTo(
                        "No browser could be opened here. The link is https://example.com/deck.");
    }

    @Test
    void aLinkToALocalFileIsNeverOpened() {
        LocalOpener opener = new LocalOpener(true);

        vm.openLink("file:///etc/passwd", opener);

        assertThat(opener.browsed).isEmpty();
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
    }

    @Test
    void exportingToAFolderSaysWhereItWent() throws IOException {
        Path documents = Files.createDirectories(dir.resolve("Documents"));

        vm.exportToFolder(documents);

        Path written = documents.resolve("Q4 QBR 2026-11-27");
        assertThat(written.resolve("notes.md")).exists();
        assertThat(vm.messageProperty().get()).isEqualTo("Exported to " + written + ".");
        assertThat(vm.messageIsErrorProperty().get()).isFalse();
        assertThat(vm.exportingProperty().get()).isFalse();
    }

    @Test
    void exportingAsAZipProposesTheMeetingsName() throws IOException {
        Path zip = dir.resolve(vm.suggestedZipName());

        vm.exportToZip(zip);

        assertThat(zip.getFileName()).hasToString("Q4 QBR 2026-11-27.zip");
        assertThat(zip).isNotEmptyFile();
    }

    @Test
    void exportingWhereNothingCanBeWrittenSaysSoAndLeavesNothing() throws IOException {
        // A file where a folder should be: no user, root included, can write inside it.
        Path notAFolder = Files.writeString(dir.resolve("Documents"), "a file");

        vm.exportToFolder(notAFolder);

        assertThat(vm.messageIsErrorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get())
                .isEqualTo(
                        notAFolder
                                + " is not a folder. Choose a folder to export into; nothing was"
                                + " written.")
                .doesNotContain("Exception");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("Documents", "materials");
        }
        assertThat(notAFolder).hasContent("a file");
    }
}
