package com.execassistant.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceOverrideTest {

    private static final String QUESTIONS = "    prep_questions: [\"A?\", \"B?\", \"C?\"]\n";

    @TempDir Path workspace;

    @Test
    void workspaceWithoutConfigFolderUsesTheBuiltInFiles() {
        Configuration config = ConfigLoader.forWorkspace(workspace).load();

        assertThat(config).isEqualTo(ConfigLoader.builtIn().load());
    }

    @Test
    void userMeetingTypesReplaceTheBuiltInOnesWhole() {
        Workspaces.write(
                workspace,
                "meeting_types.yaml",
                "meeting_types:\n  board:\n    keywords: [board]\n    prep_hours_before: 168\n"
                        + QUESTIONS
                        + "  default:\n    prep_hours_before: 12\n"
                        + QUESTIONS);

        MeetingTypes types = ConfigLoader.forWorkspace(workspace).load().meetingTypes();

        assertThat(types.types()).extracting(MeetingType::name).containsExactly("board", "default");
        assertThat(types.fallback().prepHoursBefore()).isEqualTo(12);
        assertThat(types.byName("board").orElseThrow().reminderHoursBefore()).isEqualTo(2);
    }

    @Test
    void userCalendarSettingsAreLaidOverTheDefaults() {
        Workspaces.write(
                workspace,
                "calendar.yaml",
                "sync:\n  days_ahead: 30\nproviders:\n  google:\n    calendar_ids: [team@corp.example]\n");

        CalendarSettings calendar = ConfigLoader.forWorkspace(workspace).load().calendar();

        assertThat(calendar.sync().daysAhead()).isEqualTo(30);
        assertThat(calendar.sync().daysBehind()).isEqualTo(1);
        assertThat(calendar.sync().interval()).isEqualTo(Duration.ofHours(2));
        assertThat(calendar.google().calendarIds()).containsExactly("team@corp.example");
        assertThat(calendar.google().tokenUrl()).hasToString("https://oauth2.googleapis.com/token");
    }

    @Test
    void userCalendarFileWithOnlyCommentsChangesNothing() {
        Workspaces.write(workspace, "calendar.yaml", "# sync:\n#   days_ahead: 30\n");

        assertThat(ConfigLoader.forWorkspace(workspace).load().calendar())
                .isEqualTo(ConfigLoader.builtIn().load().calendar());
    }

    @Test
    void apiRootUrlGetsTheTrailingSlashTheGoogleClientNeeds() {
        Workspaces.write(
                workspace,
                "calendar.yaml",
                "providers:\n  google:\n    api_root_url: http://127.0.0.1:8089/calendar\n");

        assertThat(ConfigLoader.forWorkspace(workspace).load().calendar().google().apiRootUrl())
                .hasToString("http://127.0.0.1:8089/calendar/");
    }

    @Test
    void emptyUserMeetingTypesFileIsAnError() {
        Path file = Workspaces.write(workspace, "meeting_types.yaml", "# nothing yet\n");

        assertThatThrownBy(() -> ConfigLoader.forWorkspace(workspace).load())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("the file is empty")
                .hasMessageContaining("delete the file to use the built-in types");
    }

    @Test
    void warnsAboutAKeywordSharedByTwoTypes() {
        Workspaces.write(
                workspace,
                "meeting_types.yaml",
                "meeting_types:\n  board:\n    keywords: [review]\n    prep_hours_before: 168\n"
                        + QUESTIONS
                        + "  ops:\n    keywords: [Review]\n    prep_hours_before: 2\n"
                        + QUESTIONS
                        + "  default:\n    prep_hours_before: 12\n"
                        + QUESTIONS);

        var warnings = ConfigLoader.forWorkspace(workspace).load().warnings();

        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).line()).isEqualTo(6);
        assertThat(warnings.get(0).message())
                .contains("\"Review\" of type ops is also a keyword of board");
    }

    @Test
    void warnsWhenTheReminderWouldComeBeforeThePrep() {
        Workspaces.write(
                workspace,
                "meeting_types.yaml",
                "meeting_types:\n  default:\n    prep_hours_before: 2\n"
                        + "    reminder_hours_before: 4\n"
                        + QUESTIONS);

        var warnings = ConfigLoader.forWorkspace(workspace).load().warnings();

        assertThat(warnings)
                .singleElement()
                .extracting(ConfigWarning::message)
                .asString()
                .contains(
                        "sends its final reminder (4 h before) before its prep starts (2 h before)");
    }
}
