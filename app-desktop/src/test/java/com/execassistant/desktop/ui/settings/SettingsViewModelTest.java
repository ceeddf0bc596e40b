package com.execassistant.desktop.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.config.ConfigLoader;
import com.execassistant.desktop.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsViewModelTest {

    private final SettingsViewModel vm =
            new SettingsViewModel(
                    new Workspace(Path.of("ws")), ConfigLoader.builtIn().load(), "08:00", "18:00");

    @Test
    void validHoursShowNoError() {
        assertThat(vm.startErrorProperty().get()).isEmpty();
        assertThat(vm.validProperty().get()).isTrue();
    }

    @ParameterizedTest(name = "start \"{0}\" is refused")
    @ValueSource(strings = {"8", "8:00", "25:00", "08:60", "eight", ""})
    void aStartThatIsNotHhMmShowsTheFormToUse(String typed) {
        vm.hoursStartProperty().set(typed);

        assertThat(vm.startErrorProperty().get())
                .isEqualTo("Use the 24-hour form HH:MM, for example 08:30.");
        assertThat(vm.validProperty().get()).isFalse();
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        vm.hoursEndProperty().set("07:00");

        assertThat(vm.endErrorProperty().get())
                .isEqualTo("The end must be after the start (08:00).");
    }

    @Test
    void fixingTheFieldClearsItsError() {
        vm.hoursStartProperty().set("8");
        vm.hoursStartProperty().set("09:15");

        assertThat(vm.startErrorProperty().get()).isEmpty();
    }

    @Test
    void withoutAnAccountItShowsHowToConnectACalendar() {
        vm.showAccounts(java.util.List.of());

        assertThat(vm.accounts()).contains("  exec-assistant accounts add google");
    }

    @Test
    void connectedCalendarsAreListedByIdAndLabel() {
        vm.showAccounts(
                java.util.List.of(
                        new com.execassistant.core.account.Account(
                                "ics-1",
                                com.execassistant.core.account.AccountKind.ICS,
                                "team.ics",
                                null,
                                java.util.Map.of(),
                                false)));

        assertThat(vm.accounts()).containsExactly("ics-1 - team.ics (paused)");
    }

    @Test
    void meetingTypesAndConfigPathsAreListed() {
        assertThat(vm.meetingTypes()).anyMatch(t -> t.startsWith("one_on_one (prep "));
        assertThat(vm.paths()).anyMatch(p -> p.endsWith("meeting_types.yaml"));
    }
}
