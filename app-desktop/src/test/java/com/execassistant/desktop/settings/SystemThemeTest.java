package com.execassistant.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading each OS's answer to "is it dark?". */
class SystemThemeTest {

    @Test
    void gtkThemeInTheEnvironmentWinsOnLinux() {
        assertThat(
                        SystemTheme.fromLinux(
                                Map.of("GTK_THEME", "Adwaita:dark"),
                                () -> "'prefer-light'",
                                () -> ""))
                .isTrue();
    }

    @Test
    void gnomeColorSchemePreferDarkIsDark() {
        assertThat(SystemTheme.fromLinux(Map.of(), () -> "'prefer-dark'\n", () -> "'Adwaita'"))
                .isTrue();
    }

    @Test
    void withTheDefaultSchemeTheGtkThemeNameDecides() {
        assertThat(SystemTheme.fromLinux(Map.of(), () -> "'default'", () -> "'Yaru-dark'"))
                .isTrue();
        assertThat(SystemTheme.fromLinux(Map.of(), () -> "'default'", () -> "'Yaru'")).isFalse();
    }

    @Test
    void noGnomeAtAllMeansLight() {
        assertThat(SystemTheme.fromLinux(Map.of(), () -> "", () -> "")).isFalse();
    }

    @ParameterizedTest(name = "macOS answering \"{0}\" is dark: {1}")
    @CsvSource({"'Dark\n', true", "'', false"})
    void macOsAnswersDarkOnlyInDarkMode(String output, boolean dark) {
        assertThat(SystemTheme.fromMacDefaults(output)).isEqualTo(dark);
    }

    @Test
    void windowsAppsUseLightThemeZeroIsDark() {
        String out =
                "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                        + "    AppsUseLightTheme    REG_DWORD    0x0\r\n";
        assertThat(SystemTheme.fromWindowsRegistry(out)).isTrue();
        assertThat(SystemTheme.fromWindowsRegistry(out.replace("0x0", "0x1"))).isFalse();
    }
}
