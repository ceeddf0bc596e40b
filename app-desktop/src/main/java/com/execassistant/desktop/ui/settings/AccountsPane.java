package com.execassistant.desktop.ui.settings;

import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Accounts: the connected ones with Remove and calendars, add ICS, connect Google. */
final class AccountsPane extends VBox {

    AccountsPane(AccountsViewModel vm) {
        super(10);
        ListView<AccountRow> list = new ListView<>(vm.accounts());
        list.setId("settings-accounts");
        list.setPrefHeight(120);
        list.setPlaceholder(
                Fields.note("No calendar connected yet: add an ICS file or address, or Google."));
        list.setCellFactory(
                l ->
                        new javafx.scene.control.ListCell<>() {
                            @Override
                            protected void updateItem(AccountRow row, boolean empty) {
                                super.updateItem(row, empty);
                                setText(empty || row == null ? null : row.text());
                            }
                        });
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, a, row) -> {
                            if (row != null) {
                                vm.calendars().valueProperty().set(row.calendars());
                            }
                        });
        var remove =
                Fields.button(
                        "settings-account-remove",
                        "Remove with its data",
                        () -> selected(list).ifPresent(vm::remove));
        remove.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        var saveCalendars =
                Fields.button(
                        "settings-account-calendars-save",
                        "Read these calendars",
                        () -> selected(list).ifPresent(vm::chooseCalendars));
        saveCalendars
                .disableProperty()
                .bind(
                        javafx.beans.binding.Bindings.createBooleanBinding(
                                () -> selected(list).map(r -> !r.google()).orElse(true),
                                list.getSelectionModel().selectedItemProperty()));
        TextField url = new TextField();
        url.setId("settings-google-url");
        url.setEditable(false);
        url.textProperty().bind(vm.signInUrlProperty());
        url.visibleProperty().bind(vm.signInUrlProperty().isNotEmpty());
        url.managedProperty().bind(url.visibleProperty());
        getChildren()
                .addAll(
                        Fields.title("Connected calendars"),
                        list,
                        Fields.row(
                                remove,
                                Fields.field(
                                        "settings-account-calendars",
                                        "Google calendar ids to read (empty: those selected in Google)",
                                        vm.calendars()),
                                saveCalendars),
                        Fields.status("settings-accounts-status", vm.status()),
                        Fields.title("Add an ICS file or address"),
                        Fields.row(
                                Fields.field(
                                        "settings-ics-source",
                                        "File or https:// address",
                                        vm.icsSource()),
                                Fields.field(
                                        "settings-ics-email",
                                        "Your address in it (optional)",
                                        vm.icsEmail()),
                                Fields.button("settings-ics-add", "Add", vm::addIcs)),
                        Fields.title("Connect Google Calendar (read-only)"),
                        Fields.note(
                                "Use a Desktop app OAuth client from the Google Cloud console. Your"
                                        + " browser opens to sign in; this page waits until you are back."),
                        Fields.row(
                                Fields.field("settings-google-client", "Client id", vm.clientId()),
                                Fields.labelled(
                                        "Client secret",
                                        Fields.secret(
                                                "settings-google-secret",
                                                "Client secret",
                                                vm.clientSecret()),
                                        vm.clientSecret().errorProperty(),
                                        "settings-google-secret")),
                        Fields.row(
                                Fields.field(
                                        "settings-google-email",
                                        "Your Google address (optional)",
                                        vm.googleEmail()),
                                Fields.button(
                                        "settings-google-connect",
                                        "Connect Google",
                                        vm::connectGoogle)),
                        url);
    }

    private static java.util.Optional<AccountRow> selected(ListView<AccountRow> list) {
        return java.util.Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }
}
