package com.execassistant.desktop.sync;

import com.execassistant.core.account.Account;
import com.execassistant.core.calendar.CalendarSource;
import com.execassistant.core.calendar.CalendarSourceException;
import com.execassistant.core.calendar.google.GoogleCalendarSettings;
import com.execassistant.core.calendar.google.GoogleCalendarSource;
import com.execassistant.core.calendar.google.RetryPolicy;
import com.execassistant.core.calendar.ics.IcsCalendarSource;
import com.execassistant.core.config.CalendarSettings;
import com.execassistant.core.secrets.SecretVault;
import com.execassistant.desktop.workspace.Workspace;
import java.net.http.HttpClient;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the calendar source for an account from calendar.yaml and the vault. An ICS address is
 * kept in the vault, since a calendar's "secret address" is a credential.
 */
public final class CalendarSources {

    /** Vault entry holding an ICS account's file path or URL. */
    public static String icsSourceKey(String accountId) {
        return "ics/" + accountId + "/source";
    }

    /**
     * The calendar id stored for an ICS account's meetings: the feed's address is a secret and must
     * not land in the database or in JSON output.
     */
    public static final String ICS_CALENDAR_ID = "ics";

    private final Workspace workspace;
    private final CalendarSettings settings;
    private final HttpClient http;
    private SecretVault vault;

    public CalendarSources(Workspace workspace, CalendarSettings settings) {
        this.workspace = workspace;
        this.settings = settings;
        this.http =
                HttpClient.newBuilder()
                        .connectTimeout(settings.ics().timeout())
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
    }

    /** The workspace's vault, opened on first use (it may create the key file). */
    public synchronized SecretVault vault() {
        if (vault == null) {
            vault = SecretVault.inWorkspace(workspace.root(), System.getenv());
        }
        return vault;
    }

    public CalendarSource sourceFor(Account account) {
        return switch (account.kind()) {
            case ICS -> ics(account);
            case GOOGLE -> GoogleCalendarSource.create(vault(), account.id(), google(account));
        };
    }

    private CalendarSource ics(Account account) {
        String source =
                vault().get(icsSourceKey(account.id()))
                        .orElseThrow(
                                () ->
                                        new CalendarSourceException(
                                                "The calendar address of this account is missing;"
                                                        + " remove the account and add it again."));
        return new RenamedCalendar(
                new IcsCalendarSource(source, ZoneId.systemDefault(), account.ownerEmail(), http),
                ICS_CALENDAR_ID);
    }

    /** Google settings: calendar.yaml, then the account's own calendar choice. */
    public GoogleCalendarSettings google(Account account) {
        CalendarSettings.Google g = settings.google();
        List<String> calendars = g.calendarIds();
        String chosen = account.setting("calendars");
        if (chosen != null && !chosen.isBlank()) {
            calendars =
                    Arrays.stream(chosen.split(","))
                            .map(String::trim)
                            .filter(s -> !s.isEmpty())
                            .toList();
        }
        return GoogleCalendarSettings.defaults()
                .withEndpoints(g.apiRootUrl().toString(), g.tokenUrl().toString())
                .withRequestsPerMinute(settings.rateLimits().requestsPerMinute())
                .withCalendarIds(calendars)
                .withRetry(
                        new RetryPolicy(
                                settings.retry().maxAttempts(),
                                settings.retry().baseDelay(),
                                settings.retry().maxDelay()));
    }
}
