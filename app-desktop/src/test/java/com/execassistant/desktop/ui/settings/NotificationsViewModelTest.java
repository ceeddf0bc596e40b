package com.execassistant.desktop.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.notify.slack.FakeSlackWeb;
import com.execassistant.desktop.prep.config.PrepConfigLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Notifications settings on a real workspace: checks next to the fields, prep.yaml saved with its
 * comments, tokens kept encrypted and shown masked, and "Send test" through the real Slack SDK to a
 * fake Slack on loopback.
 */
class NotificationsViewModelTest {

    private static final String BOT = "xoxb-1111-2222-abcdefghij7f3a";

    @TempDir Path dir;
    private final FakeSlackWeb slack = new FakeSlackWeb();
    private SettingsFixture f;
    private NotificationsViewModel vm;

    @BeforeEach
    void open() throws Exception {
        f =
                new SettingsFixture(
                        dir,
                        """
                        # my own notes about notifications
                        notifications:
                          slack:
                            base_url: "%s"   # the company proxy
                        """
                                .formatted(slack.server.baseUrl()));
        vm = f.vm.notifications();
    }

    @AfterEach
    void close() {
        f.close();
        slack.close();
    }

    @ParameterizedTest(name = "start \"{0}\" is refused")
    @ValueSource(strings = {"8", "8:00", "25:00", "08:60", "eight", ""})
    void aStartThatIsNotHhMmShowsTheFormToUse(String typed) {
        vm.start().valueProperty().set(typed);

        assertThat(vm.start().errorProperty().get())
                .isEqualTo("Use the 24-hour form HH:MM, for example 08:30.");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        vm.end().valueProperty().set("07:00");

        assertThat(vm.end().errorProperty().get())
                .isEqualTo("The end must be after the start (08:00).");
    }

    @Test
    void aBotTokenWithoutItsPrefixShowsWhereToFindIt() {
        vm.botToken().valueProperty().set("xapp-wrong-kind");

        assertThat(vm.botToken().errorProperty().get())
                .isEqualTo(
                        "A Slack bot token starts with xoxb-; copy it again from your Slack app.");
    }

    @Test
    void savingWithAnErrorWritesNothing() throws Exception {
        String before = f.prepYaml();
        vm.phone().valueProperty().set("0049 30 1234");

        vm.save();

        assertThat(vm.phone().errorProperty().get()).contains("write + instead of the leading 00");
        assertThat(vm.status().failedProperty().get()).isTrue();
        assertThat(f.prepYaml()).isEqualTo(before);
    }

    @Test
    void savedValuesAreInPrepYamlWithTheUsersCommentsKept() throws Exception {
        vm.userId().valueProperty().set("U0EXEC");
        vm.start().valueProperty().set("09:30");
        vm.days().valueProperty().set("mon, wed");
        vm.trayProperty().set(false);

        vm.save();

        String yaml = f.prepYaml();
        assertThat(yaml)
                .contains("# my own notes about notifications", "# the company proxy")
                .contains("user_id: \"U0EXEC\"", "start: \"09:30\"", "days: [mon, wed]");
        var loaded = PrepConfigLoader.load(dir);
        assertThat(loaded.notifications.tray).isFalse();
        assertThat(loaded.working_hours.end).isEqualTo("18:00");
        assertThat(vm.status().messageProperty().get()).contains("Restart Exec Assistant");
    }

    @Test
    void aSavedTokenIsStoredEncryptedAndShownOnlyMasked() throws Exception {
        vm.botToken().valueProperty().set(BOT);

        vm.save();

        assertThat(vm.botTokenMaskProperty().get()).isEqualTo("xoxb-…7f3a set");
        assertThat(vm.botToken().valueProperty().get()).isEmpty();
        assertThat(f.secretFiles()).doesNotContain(BOT).doesNotContain("abcdefghij");
        assertThat(f.local.sources().vault().get("slack.bot_token")).contains(BOT);
    }

    @Test
    void clearingATokenForgetsIt() {
        vm.botToken().valueProperty().set(BOT);
        vm.save();

        vm.clearToken(SettingsViewModel.slackBotToken());

        assertThat(vm.botTokenMaskProperty().get()).isEqualTo("not set");
        assertThat(f.local.sources().vault().get("slack.bot_token")).isEmpty();
    }

    @Test
    void sendTestDeliversARealDirectMessageToTheMember() {
        vm.botToken().valueProperty().set(FakeSlackWeb.BOT_TOKEN);
        vm.userId().valueProperty().set(FakeSlackWeb.USER);

        vm.sendTest();

        assertThat(vm.slackTest().failedProperty().get())
                .as(vm.slackTest().messageProperty().get())
                .isFalse();
        assertThat(vm.slackTest().messageProperty().get()).startsWith("Sent:");
        assertThat(slack.onlyForm("chat.postMessage").get("channel")).isEqualTo(FakeSlackWeb.DM);
        assertThat(slack.onlyForm("conversations.open").get("users")).isEqualTo(FakeSlackWeb.USER);
    }

    @Test
    void sendTestUsesTheStoredTokenWhenNoneIsTyped() {
        vm.botToken().valueProperty().set(FakeSlackWeb.BOT_TOKEN);
        vm.save();
        vm.userId().valueProperty().set(FakeSlackWeb.USER);

        vm.sendTest();

        assertThat(slack.calls("chat.postMessage")).hasSize(1);
        assertThat(slack.calls("chat.postMessage").get(0).getHeader("Authorization"))
                .isEqualTo("Bearer " + FakeSlackWeb.BOT_TOKEN);
    }

    @Test
    void aRefusedTokenIsReportedInPlainWords() {
        slack.answer("conversations.open", "{\"ok\":false,\"error\":\"invalid_auth\"}");
        vm.botToken().valueProperty().set("xoxb-revoked-token-000000");
        vm.userId().valueProperty().set(FakeSlackWeb.USER);

        vm.sendTest();

        assertThat(vm.slackTest().failedProperty().get()).isTrue();
        assertThat(vm.slackTest().messageProperty().get())
                .startsWith("The test message was not sent: Slack rejected")
                .contains("invalid_auth")
                .doesNotContain("Exception");
    }

    @Test
    void sendTestNeedsTheMemberId() {
        vm.botToken().valueProperty().set(FakeSlackWeb.BOT_TOKEN);

        vm.sendTest();

        assertThat(vm.userId().errorProperty().get()).startsWith("Give your Slack member id");
        assertThat(slack.calls("conversations.open")).isEmpty();
    }
}
