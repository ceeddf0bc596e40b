package com.execassistant.desktop.ui.settings;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Notifications: Slack with "Send test", SMS, working hours, tray. */
final class NotificationsPane extends VBox {

    NotificationsPane(NotificationsViewModel vm) {
        super(10);
        CheckBox tray = new CheckBox("Show notifications in the system tray");
        tray.setId("settings-tray");
        tray.selectedProperty().bindBidirectional(vm.trayProperty());
        getChildren()
                .addAll(
                        Fields.title("Slack"),
                        Fields.note(
                                "Tokens are stored encrypted and never shown again; leave a token"
                                        + " field empty to keep the stored one."),
                        Fields.row(
                                secret("settings-slack-bot", "Bot token (xoxb-…)", vm.botToken()),
                                secret(
                                        "settings-slack-app",
                                        "App token for Socket Mode (xapp-…)",
                                        vm.appToken())),
                        Fields.row(
                                new Label("Stored bot token:"),
                                mask("settings-slack-bot-mask", vm.botTokenMaskProperty()),
                                Fields.button(
                                        "settings-slack-bot-clear",
                                        "Clear",
                                        () -> vm.clearToken(SettingsViewModel.slackBotToken())),
                                new Label("Stored app token:"),
                                mask("settings-slack-app-mask", vm.appTokenMaskProperty()),
                                Fields.button(
                                        "settings-slack-app-clear",
                                        "Clear",
                                        () -> vm.clearToken(SettingsViewModel.slackAppToken()))),
                        Fields.field(
                                "settings-slack-user", "Your Slack member id (U…)", vm.userId()),
                        Fields.row(
                                Fields.button("settings-slack-test", "Send test", vm::sendTest),
                                Fields.status("settings-slack-test-result", vm.slackTest())),
                        Fields.title("SMS (Amazon SNS)"),
                        Fields.row(
                                Fields.field("settings-sms-phone", "Phone number (+…)", vm.phone()),
                                Fields.field("settings-sms-region", "SNS region", vm.smsRegion())),
                        Fields.title("Working hours (prep notifications wait for these)"),
                        Fields.row(
                                Fields.field("settings-hours-start", "Start", vm.start()),
                                Fields.field("settings-hours-end", "End", vm.end()),
                                Fields.field("settings-hours-days", "Days", vm.days())),
                        tray,
                        Fields.row(
                                Fields.accent("settings-notifications-save", "Save", vm::save),
                                Fields.status("settings-notifications-status", vm.status())));
    }

    private static VBox secret(String id, String label, SettingField f) {
        return Fields.labelled(label, Fields.secret(id, label, f), f.errorProperty(), id);
    }

    private static Label mask(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        return l;
    }
}
