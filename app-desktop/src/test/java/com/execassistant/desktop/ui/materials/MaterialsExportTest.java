package com.execassistant.desktop.ui.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaterialsExportTest {

    @TempDir Path dir;

    Path materials() throws IOException {
        Path source = Files.createDirectories(dir.resolve("workspace/materials/acct/m-1"));
        Files.writeString(source.resolve("agenda.html"), "<html>agenda</html>");
        Files.writeString(source.resolve("questions.md"), "# Questions");
        Files.writeString(source.resolve("notes.md"), "# Notes");
        return source;
    }

    @Test
    void aFolderExportIsANewFolderWithTheThreeFiles() throws IOException {
        Path target = Files.createDirectories(dir.resolve("Documents"));

        Path written = MaterialsExport.toFolder(materials(), target, "Q4 QBR 2026-11-27");

        assertThat(written).isEqualTo(target.resolve("Q4 QBR 2026-11-27"));
        assertThat(written.resolve("agenda.html")).hasContent("<html>agenda</html>");
        assertThat(written.resolve("questions.md")).hasContent("# Questions");
        assertThat(written.resolve("notes.md")).hasContent("# Notes");
        assertThat(children(target)).containsExactly("Q4 QBR 2026-11-27");
    }

    @Test
    void aSecondFolderExportDoesNotOverwriteTheFirst() throws IOException {
        Path source = materials();
        Path target = Files.createDirectories(dir.resolve("Documents"));
        MaterialsExport.toFolder(source, target, "QBR");

        Path second = MaterialsExport.toFolder(source, target, "QBR");

        assertThat(second.getFileName()).hasToString("QBR (2)");
        assertThat(children(target)).containsExactlyInAnyOrder("QBR", "QBR (2)");
    }

    @Test
    void aZipExportHoldsTheThreeFiles() throws IOException {
        Path zip = dir.resolve("qbr.zip");

        MaterialsExport.toZip(materials(), zip);

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName() + "=" + new String(in.readAllBytes()));
            }
        }
        assertThat(names)
                .containsExactly(
                        "agenda.html=<html>agenda</html>",
                        "questions.md=# Questions",
                        "notes.md=# Notes");
        assertThat(children(dir)).containsExactlyInAnyOrder("qbr.zip", "workspace");
    }

    @Test
    void aZipThatCannotBeMovedIntoPlaceLeavesNoTemporaryFile() throws IOException {
        Path source = materials();
        Path taken = Files.createDirectories(dir.resolve("out/qbr.zip"));
        Files.writeString(taken.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> MaterialsExport.toZip(source, taken))
                .isInstanceOf(IOException.class);

        assertThat(children(dir.resolve("out"))).containsExactly("qbr.zip");
        assertThat(taken.resolve("keep.txt")).hasContent("mine");
    }

    @Test
    void aFolderExportIntoAFolderThatIsNotWritableFailsAndWritesNothing() throws IOException {
        assumeTrue(
                !"root".equals(System.getProperty("user.name"))
                        && dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "file permissions do not bind root, and need a POSIX file system");
        Path source = materials();
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> MaterialsExport.toFolder(source, locked, "QBR"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(children(locked)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void missingMaterialsAreReportedBeforeAnythingIsCreated() throws IOException {
        Path source = materials();
        Files.delete(source.resolve("notes.md"));
        Path target = Files.createDirectories(dir.resolve("Documents"));

        assertThatThrownBy(() -> MaterialsExport.toFolder(source, target, "QBR"))
                .isInstanceOf(MaterialsExport.MissingMaterialsException.class);

        assertThat(children(target)).isEmpty();
    }

    @Test
    void theExportNameIsTheMeetingAndItsDayWithoutCharactersFileSystemsRefuse() {
        assertThat(MaterialsExport.name("1:1 Dana / Lee", LocalDate.of(2026, 11, 24)))
                .isEqualTo("1-1 Dana - Lee 2026-11-24");
        assertThat(MaterialsExport.name("...", null)).isEqualTo("Materials");
    }

    private static List<String> children(Path p) throws IOException {
        try (var s = Files.list(p)) {
            return s.map(c -> c.getFileName().toString()).toList();
        }
    }
}
