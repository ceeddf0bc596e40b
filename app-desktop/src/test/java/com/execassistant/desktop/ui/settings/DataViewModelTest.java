package com.execassistant.desktop.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.desktop.prep.config.PrepConfigLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data and theme: retention checked and saved, the theme chosen or following the system. */
class DataViewModelTest {

    @TempDir Path dir;
    private SettingsFixture f;
    private DataViewModel vm;

    @BeforeEach
    void open() throws Exception {
        f = new SettingsFixture(dir, null);
        vm = f.vm.data();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theWorkspaceFolderIsShown() {
        assertThat(vm.workspaceProperty().get())
                .isEqualTo(dir.toAbsolutePath().normalize().toString());
    }

    @Test
    void aRetentionThatIsNotANumberOfDaysIsRefused() {
        vm.retention().valueProperty().set("a month");

        vm.save();

        assertThat(vm.retention().errorProperty().get())
                .isEqualTo("Give a whole number of days from 1 to 3650.");
        assertThat(f.prepYamlFile()).doesNotExist();
    }

    @Test
    void savedRetentionAndThemeAreReadBackFromPrepYaml() {
        vm.retention().valueProperty().set("90");
        vm.themeProperty().set("dark");

        vm.save();

        var loaded = PrepConfigLoader.load(dir);
        assertThat(loaded.materials.retention_days).isEqualTo(90);
        assertThat(loaded.appearance.theme).isEqualTo("dark");
        assertThat(vm.status().messageProperty().get()).contains("retention from the next start");
    }

    @Test
    void choosingDarkAppliesAtOnce() {
        vm.themeProperty().set("dark");

        assertThat(vm.darkProperty().get()).isTrue();
    }

    @Test
    void followingTheSystemAsksIt() {
        vm.themeProperty().set("light");
        f.systemDark = true;

        vm.themeProperty().set("system");

        assertThat(vm.darkProperty().get()).isTrue();
    }

    @Test
    void openFolderWithoutAFileManagerShowsThePath() {
        f.opener.works = false;

        vm.openWorkspace();

        assertThat(vm.status().messageProperty().get())
                .startsWith("No file manager could be opened");
    }
}
