package com.execassistant.core.notify.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.notify.Purpose;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaterialsZipTest {

    @Test
    void separatorsAndControlCharactersBecomeHyphens() {
        assertThat(MaterialsZip.safe("Q3: plan/budget\\risks\u0000"))
                .isEqualTo("Q3- plan-budget-risks-");
    }

    @Test
    void aNameCannotClimbOutOfItsFolderOrHide() {
        assertThat(MaterialsZip.safe("../../etc")).isEqualTo("etc");
        assertThat(MaterialsZip.safe(".hidden")).isEqualTo("hidden");
    }

    @Test
    void lettersOfAnyScriptAreKept() {
        assertThat(MaterialsZip.safe("Präsentation 会議 (draft).md"))
                .isEqualTo("Präsentation 会議 (draft).md");
    }

    @Test
    void aLongTitleIsCutAndAnEmptyOneNamedMeeting() {
        assertThat(MaterialsZip.safe("x".repeat(200))).hasSize(MaterialsZip.NAME_MAX);
        assertThat(MaterialsZip.safe("  ")).isEqualTo("meeting");
        assertThat(MaterialsZip.safe(null)).isEqualTo("meeting");
    }

    @Test
    void twoMeetingsWithOneTitleGetTwoFolders(@TempDir Path dir) throws Exception {
        Path agenda = Files.writeString(dir.resolve("agenda.html"), "<h1>1:1</h1>");
        byte[] zip =
                MaterialsZip.build(
                        List.of(
                                SlackDigestTest.item(
                                        "run-1", Purpose.MATERIALS_READY, "1:1", List.of(agenda)),
                                SlackDigestTest.item(
                                        "run-2", Purpose.MATERIALS_READY, "1:1", List.of(agenda))));

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).containsExactly("1-1/agenda.html", "1-1 (2)/agenda.html");
    }
}
