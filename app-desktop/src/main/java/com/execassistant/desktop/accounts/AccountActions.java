package com.execassistant.desktop.accounts;

import com.execassistant.core.account.Account;
import com.execassistant.core.account.AccountKind;
import com.execassistant.core.calendar.FetchRequest;
import com.execassistant.core.calendar.FetchResult;
import com.execassistant.core.calendar.google.GoogleAccountCredentials;
import com.execassistant.core.calendar.google.GoogleAuthorizer;
import com.execassistant.core.calendar.google.GoogleCredentialStore;
import com.execassistant.core.config.CalendarSettings;
import com.execassistant.desktop.prep.FileMaterialsStore;
import com.execassistant.desktop.store.AccountPurge;
import com.execassistant.desktop.sync.CalendarSources;
import com.execassistant.desktop.workspace.LocalRuntime;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Connecting and removing calendar accounts, for the CLI's {@code accounts} command and the
 * Settings page alike: secrets go to the vault, the rest to the account table, and removing an
 * account forgets its data too.
 */
public final class AccountActions {

    /** A checked ICS account: what was added and what its first read found. */
    public record AddedIcs(Account account, int occurrences, int skipped, boolean checked) {}

    private final LocalRuntime rt;

    public AccountActions(LocalRuntime rt) {
        this.rt = rt;
    }

    /**
     * Adds an ICS file or address; with {@code check}, reads it once first so a wrong address is
     * refused before it is saved.
     */
    public AddedIcs addIcs(String source, String email, boolean check) {
        if (source == null || source.isBlank()) {
            throw new AccountException("Give an ICS file or an https:// calendar address.");
        }
        boolean web = source.contains("://");
        String normalized =
                web
                        ? source.trim()
                        : Path.of(source.trim()).toAbsolutePath().normalize().toString();
        if (!web && !Files.isReadable(Path.of(normalized))) {
            throw new AccountException("Cannot read the file " + normalized + ".");
        }
        String id = rt.accounts().nextId(AccountKind.ICS);
        rt.sources().vault().put(CalendarSources.icsSourceKey(id), normalized);
        Account account =
                new Account(
                        id, AccountKind.ICS, icsLabel(normalized), blank(email), Map.of(), true);
        int occurrences = 0;
        int skipped = 0;
        if (check) {
            try {
                Instant now = rt.clock().instant();
                FetchResult r =
                        rt.sources()
                                .sourceFor(account)
                                .fetch(FetchRequest.full(now, now.plus(Duration.ofDays(14))));
                occurrences = r.calendars().stream().mapToInt(c -> c.events().size()).sum();
                skipped = r.skipped().size();
            } catch (RuntimeException e) {
                rt.sources().vault().remove(CalendarSources.icsSourceKey(id));
                throw e;
            }
        }
        rt.accounts().add(account);
        return new AddedIcs(account, occurrences, skipped, check);
    }

    /**
     * Adds a Google account: the browser sign-in (loopback redirect) when {@code refreshToken} is
     * null, else the given credentials checked by minting one access token.
     *
     * @param browser opens Google's consent page; told the address so it can also be shown
     */
    public Account addGoogle(
            String clientId,
            String clientSecret,
            String refreshToken,
            String email,
            List<String> calendars,
            Consumer<URI> browser)
            throws InterruptedException {
        if (blank(clientId) == null || blank(clientSecret) == null) {
            throw new AccountException(
                    "Google needs an OAuth client: give its client id and client secret (a Desktop"
                            + " app client from the Google Cloud console).");
        }
        CalendarSettings.Google g = rt.config().calendar().google();
        GoogleAuthorizer authorizer =
                new GoogleAuthorizer(
                        g.authUrl().toString(),
                        g.tokenUrl().toString(),
                        browser,
                        Duration.ofMinutes(5));
        GoogleAccountCredentials credentials =
                refreshToken != null
                        ? authorizer.verifyRefreshToken(
                                clientId.strip(), clientSecret.strip(), refreshToken)
                        : authorizer.authorize(clientId.strip(), clientSecret.strip());
        String id = rt.accounts().nextId(AccountKind.GOOGLE);
        new GoogleCredentialStore(rt.sources().vault()).save(id, credentials);
        Map<String, String> settings = new HashMap<>();
        if (calendars != null && !calendars.isEmpty()) {
            settings.put("calendars", String.join(",", calendars));
        }
        String label = blank(email) != null ? email.strip() : "Google account";
        Account account = new Account(id, AccountKind.GOOGLE, label, blank(email), settings, true);
        rt.accounts().add(account);
        return account;
    }

    /** Which calendars of a Google account to read; empty: those selected in Google Calendar. */
    public void chooseCalendars(String accountId, List<String> calendarIds) {
        Account a =
                rt.accounts()
                        .find(accountId)
                        .orElseThrow(
                                () ->
                                        new AccountException(
                                                "There is no account " + accountId + "."));
        Map<String, String> settings = new HashMap<>(a.settings());
        if (calendarIds.isEmpty()) {
            settings.remove("calendars");
        } else {
            settings.put("calendars", String.join(",", calendarIds));
        }
        rt.accounts().updateSettings(accountId, settings);
    }

    /**
     * Disconnects an account and forgets its meetings, runs, answers, materials and secrets.
     *
     * @return false when there was no such account
     */
    public boolean remove(String accountId) {
        if (rt.accounts().find(accountId).isEmpty()) {
            return false;
        }
        // Meetings, runs, answers, notifications and wake-ups go in one transaction.
        AccountPurge.Purged purged = new AccountPurge(rt.database()).purge(accountId);
        new FileMaterialsStore(rt.workspace().root().resolve("materials"), rt.clock())
                .removeAccount(accountId, purged.runIds());
        rt.sources().vault().remove(CalendarSources.icsSourceKey(accountId));
        new GoogleCredentialStore(rt.sources().vault()).remove(accountId);
        return true;
    }

    /**
     * A label for an ICS source that does not give its secret away: a file name as it is, a web
     * address as scheme and host only.
     */
    public static String icsLabel(String source) {
        if (!source.contains("://")) {
            return source;
        }
        try {
            URI uri = URI.create(source.trim());
            return uri.getScheme() + "://" + uri.getHost() + "/…";
        } catch (IllegalArgumentException e) {
            return "calendar feed";
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
