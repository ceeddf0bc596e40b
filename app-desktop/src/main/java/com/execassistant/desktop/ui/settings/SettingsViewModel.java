package com.execassistant.desktop.ui.settings;

import com.execassistant.core.account.Account;
import com.execassistant.core.config.Configuration;
import com.execassistant.desktop.prep.PrepWiring;
import com.execassistant.desktop.settings.SettingsService;
import com.execassistant.desktop.settings.StoredSecrets;
import com.execassistant.desktop.ui.app.Failures;
import com.execassistant.desktop.ui.app.UiExecutor;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Settings page: one ViewModel per section (Accounts, Notifications, Material writer, Meeting
 * types, Data), each saving on its own with its errors next to its fields. Everything shown is read
 * in one background call when the page opens.
 */
public final class SettingsViewModel {

    /** The sections, in the sidebar's order. */
    public static final List<String> SECTIONS =
            List.of("Accounts", "Notifications", "Material writer", "Meeting types", "Data");

    private final SettingsService service;
    private final UiExecutor ui;
    private final AccountsViewModel accounts;
    private final NotificationsViewModel notifications;
    private final WriterViewModel writer;
    private final MeetingTypesViewModel meetingTypes;
    private final DataViewModel data;
    private final StringProperty section = new SimpleStringProperty(SECTIONS.get(0));
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");

    public SettingsViewModel(
            SettingsService service,
            UiExecutor ui,
            Opener opener,
            ZoneId zone,
            Configuration config) {
        this(service, ui, opener, zone, config, null);
    }

    /** With {@code systemDark} standing in for asking the OS (tests); null asks the OS. */
    SettingsViewModel(
            SettingsService service,
            UiExecutor ui,
            Opener opener,
            ZoneId zone,
            Configuration config,
            BooleanSupplier systemDark) {
        this.service = service;
        this.ui = ui;
        this.accounts = new AccountsViewModel(service, ui, opener);
        this.notifications = new NotificationsViewModel(service, ui, zone);
        this.writer = new WriterViewModel(service, ui);
        this.meetingTypes = new MeetingTypesViewModel(service, ui, opener);
        this.data =
                systemDark == null
                        ? new DataViewModel(service, ui, opener)
                        : new DataViewModel(service, ui, opener, systemDark);
        meetingTypes.show(config);
    }

    /** Reads prep.yaml, the masked secrets and the accounts, and fills every section. */
    public void load() {
        ui.submit(
                () -> {
                    Map<String, String> masks = new HashMap<>();
                    for (String name : StoredSecrets.NAMES) {
                        masks.put(name, service.secrets().masked(name));
                    }
                    return new SettingsSnapshot(
                            service.read(), masks, service.accounts(), service.workspaceFolder());
                },
                s -> {
                    loadError.set("");
                    accounts.show(s.accounts());
                    notifications.show(s);
                    writer.show(s);
                    data.show(s);
                },
                e -> loadError.set(Failures.sentence("The settings could not be read", e)));
    }

    /** Shows the connected calendars (the main window reads them with the sync history). */
    public void showAccounts(List<Account> connected) {
        accounts.show(connected);
    }

    /** Told when an account was added or removed, so the timeline and status can reload. */
    public void onAccountsChanged(Runnable r) {
        accounts.onChange(r);
    }

    /** The secret names this page stores, for the view's Clear buttons. */
    public static String slackBotToken() {
        return PrepWiring.SLACK_BOT_TOKEN;
    }

    public static String slackAppToken() {
        return PrepWiring.SLACK_APP_TOKEN;
    }

    public StringProperty sectionProperty() {
        return section;
    }

    /** Why the page could not be read, or "". */
    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    public AccountsViewModel accounts() {
        return accounts;
    }

    public NotificationsViewModel notifications() {
        return notifications;
    }

    public WriterViewModel writer() {
        return writer;
    }

    public MeetingTypesViewModel meetingTypes() {
        return meetingTypes;
    }

    public DataViewModel data() {
        return data;
    }
}
