package com.execassistant.desktop.ui.settings;

import com.execassistant.core.account.Account;
import com.execassistant.desktop.settings.SettingsService;
import com.execassistant.desktop.ui.app.Failures;
import com.execassistant.desktop.ui.app.UiExecutor;
import java.net.URI;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Calendar accounts: the connected ones, adding an ICS file or address (read once first), the
 * Google sign-in in the system browser with the loopback redirect, which Google calendars to read,
 * and removing an account with its data. Changes count from the next sync, at once.
 */
public final class AccountsViewModel {

    private final SettingsService service;
    private final UiExecutor ui;
    private final Opener opener;
    private final ObservableList<AccountRow> accounts = FXCollections.observableArrayList();
    final SettingField icsSource =
            new SettingField(t -> Checks.notBlank(t, "Give an ICS file or an https:// address."));
    final SettingField icsEmail = new SettingField(t -> "");
    final SettingField clientId =
            new SettingField(t -> Checks.notBlank(t, "Give the OAuth client id (Desktop app)."));
    final SettingField clientSecret =
            new SettingField(t -> Checks.notBlank(t, "Give the OAuth client secret."));
    final SettingField googleEmail = new SettingField(t -> "");
    final SettingField calendars = new SettingField(t -> "");
    private final ReadOnlyStringWrapper signInUrl = new ReadOnlyStringWrapper("");
    private final SectionStatus status = new SectionStatus();
    private Runnable onChange = () -> {};

    AccountsViewModel(SettingsService service, UiExecutor ui, Opener opener) {
        this.service = service;
        this.ui = ui;
        this.opener = opener;
    }

    /** Told after an account was added or removed (the timeline and status reload). */
    void onChange(Runnable r) {
        onChange = r;
    }

    void show(List<Account> connected) {
        accounts.setAll(connected.stream().map(AccountRow::of).toList());
    }

    private void reload(String sentence) {
        ui.submit(
                service::accounts,
                list -> {
                    show(list);
                    status.ok(sentence);
                    onChange.run();
                },
                e -> status.failed(Failures.sentence("The accounts could not be read", e)));
    }

    /** Adds the ICS file or address typed, after reading it once. */
    public void addIcs() {
        if (!icsSource.validate()) {
            return;
        }
        String source = icsSource.text();
        String email = icsEmail.text();
        status.working("Reading the calendar…");
        ui.submit(
                () -> service.accountActions().addIcs(source, email, true),
                added -> {
                    icsSource.set("");
                    reload(
                            "Added "
                                    + added.account().id()
                                    + ": "
                                    + added.occurrences()
                                    + " meeting(s) in the next 14 days. They appear after the next sync.");
                },
                e -> {
                    icsSource.fail(Failures.sentence("Not added", e));
                    status.failed("The calendar was not added.");
                });
    }

    /**
     * Starts the Google sign-in: the consent page opens in the system browser; when none can be
     * opened its address is shown to copy. Waits (off the FX thread) for the user to finish.
     */
    public void connectGoogle() {
        if (!(clientId.validate() & clientSecret.validate())) {
            return;
        }
        String id = clientId.text();
        String secret = clientSecret.text();
        String email = googleEmail.text();
        List<String> chosen = Checks.words(calendars.text());
        signInUrl.set("");
        status.working("Waiting for you to sign in to Google in your browser…");
        ui.submit(
                () ->
                        service.accountActions()
                                .addGoogle(id, secret, null, email, chosen, this::browse),
                account -> {
                    clientSecret.set("");
                    signInUrl.set("");
                    reload("Connected " + account.label() + " as " + account.id() + ".");
                },
                e -> status.failed(Failures.sentence("Google was not connected", e)));
    }

    /** Runs on the worker: opens the browser, and always shows the address too. */
    private void browse(URI consentPage) {
        boolean opened = opener.browse(consentPage);
        ui.onUi(
                () -> {
                    signInUrl.set(consentPage.toString());
                    status.working(
                            opened
                                    ? "Sign in to Google in your browser; this page waits for you."
                                    : "No browser could be opened: copy the address below into one.");
                });
    }

    /** Which calendars of a Google account to read; blank means those selected in Google. */
    public void chooseCalendars(AccountRow row) {
        List<String> chosen = Checks.words(calendars.text());
        ui.submit(
                () -> {
                    service.accountActions().chooseCalendars(row.id(), chosen);
                    return row.id();
                },
                id -> reload("Saved the calendars of " + id + "; the next sync reads them."),
                e -> status.failed(Failures.sentence("The calendars were not saved", e)));
    }

    /** Removes the account and everything stored for it. */
    public void remove(AccountRow row) {
        status.working("Removing " + row.id() + "…");
        ui.submit(
                () -> service.accountActions().remove(row.id()),
                removed ->
                        reload(
                                removed
                                        ? "Removed " + row.id() + " with its meetings and preps."
                                        : row.id() + " was already gone."),
                e -> status.failed(Failures.sentence("The account was not removed", e)));
    }

    public ObservableList<AccountRow> accounts() {
        return accounts;
    }

    public SettingField icsSource() {
        return icsSource;
    }

    public SettingField icsEmail() {
        return icsEmail;
    }

    public SettingField clientId() {
        return clientId;
    }

    public SettingField clientSecret() {
        return clientSecret;
    }

    public SettingField googleEmail() {
        return googleEmail;
    }

    public SettingField calendars() {
        return calendars;
    }

    /** Google's consent page while a sign-in waits, to copy when no browser opened; else "". */
    public ReadOnlyStringProperty signInUrlProperty() {
        return signInUrl.getReadOnlyProperty();
    }

    public SectionStatus status() {
        return status;
    }
}
