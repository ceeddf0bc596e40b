package com.execassistant.desktop.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Meeting types in Settings: the rules listed read-only, "Open the YAML" makes the workspace copy
 * to edit, and Reload shows a mistake at its line without dropping the types in use.
 */
class MeetingTypesViewModelTest {

    @TempDir Path dir;
    private SettingsFixture f;
    private MeetingTypesViewModel vm;

    @BeforeEach
    void open() throws Exception {
        f = new SettingsFixture(dir, null);
        vm = f.vm.meetingTypes();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theTypesAreListedWithTheirKeyRules() {
        assertThat(vm.types()).anyMatch(t -> t.startsWith("one_on_one - prep "));
        assertThat(vm.types()).anyMatch(t -> t.contains("keywords: ") && t.endsWith(" questions"));
    }

    @Test
    void openingTheYamlCreatesTheWorkspaceCopyAndOpensIt() {
        vm.openYaml();

        Path file = dir.resolve("config/meeting_types.yaml");
        assertThat(f.opener.opened).containsExactly(file);
        assertThat(file).isNotEmptyFile();
    }

    @Test
    void withoutAnEditorThePathIsShown() {
        f.opener.works = false;

        vm.openYaml();

        assertThat(vm.status().messageProperty().get())
                .startsWith("No editor could be opened: edit ")
                .contains("meeting_types.yaml");
    }

    @Test
    void aMistakeIsShownAtItsLineAndTheTypesInUseStay() throws Exception {
        vm.openYaml();
        Path file = dir.resolve("config/meeting_types.yaml");
        String text = Files.readString(file);
        int firstHours = text.indexOf("\n    prep_hours_before:") + 5;
        int line = (int) text.substring(0, firstHours).chars().filter(c -> c == '\n').count() + 1;
        int eol = text.indexOf('\n', firstHours);
        Files.writeString(
                file,
                text.substring(0, firstHours) + "prep_hours_before: -3" + text.substring(eol));
        int before = vm.types().size();

        vm.reload();

        assertThat(vm.errorLineProperty().get()).isEqualTo(line);
        assertThat(vm.errorProperty().get()).contains("line " + line);
        assertThat(vm.fileLines().get(line - 1)).contains("prep_hours_before: -3");
        assertThat(vm.types()).hasSize(before);
        assertThat(vm.status().failedProperty().get()).isTrue();
    }

    @Test
    void aValidReloadClearsTheErrorAndSaysWhenItApplies() throws Exception {
        vm.openYaml();
        Path file = dir.resolve("config/meeting_types.yaml");
        String good = Files.readString(file);
        Files.writeString(
                file, good.replaceFirst("prep_hours_before: \\d+", "prep_hours_before: x"));
        vm.reload();
        Files.writeString(file, good);

        vm.reload();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.fileLines()).isEmpty();
        assertThat(vm.status().messageProperty().get()).contains("Restart Exec Assistant");
    }
}
