package com.execassistant.core.calendar.google;

import com.execassistant.core.calendar.CalendarFetch;
import com.execassistant.core.calendar.CalendarSource;
import com.execassistant.core.calendar.CalendarSourceException;
import com.execassistant.core.calendar.FetchRequest;
import com.execassistant.core.calendar.FetchResult;
import com.execassistant.core.calendar.SkippedEvent;
import com.execassistant.core.calendar.google.CalendarSelector.SelectedCalendar;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.secrets.SecretVault;
import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.services.calendar.Calendar;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * Google Calendar through the official client: every selected calendar of one account, recurring
 * series expanded into instances (singleEvents) that keep their series id, incremental sync with
 * sync tokens and a full resync when Google expires one.
 *
 * <p>A full listing ({@link CalendarFetch#complete()} true) covers the request's window. An
 * incremental one holds only changes, anywhere in time; deletions arrive as events with status
 * cancelled. Google often reports a deletion by id alone: such an event's start and end are
 * placeholders (the instance's original start, else {@link #PLACEHOLDER_TIME}), so a consumer must
 * match cancellations by {@link CalendarEvent#externalId()} and never read them as a move; see
 * {@link #isIdOnlyCancellation(CalendarEvent)}.
 */
public final class GoogleCalendarSource implements CalendarSource {

    /** Start and end of a cancellation Google reported without any time: the Unix epoch, UTC. */
    public static final ZonedDateTime PLACEHOLDER_TIME = Instant.EPOCH.atZone(ZoneOffset.UTC);

    private final String accountId;
    private final GoogleCalendarSettings settings;
    private final Calendar client;
    private final GoogleRequests requests;
    private final AtomicInteger requestCount = new AtomicInteger();

    GoogleCalendarSource(
            GoogleCredentialStore store,
            String accountId,
            GoogleCalendarSettings settings,
            HttpTransport transport,
            Sleeper sleeper,
            LongSupplier nanoClock,
            RandomGenerator random) {
        GoogleAccountCredentials credentials =
                store.load(accountId)
                        .orElseThrow(
                                () ->
                                        new CalendarSourceException(
                                                "The Google account "
                                                        + accountId
                                                        + " has no stored credentials. Connect"
                                                        + " it again."));
        this.accountId = accountId;
        this.settings = settings;
        Credential credential =
                GoogleClients.credential(
                        transport,
                        credentials,
                        settings.tokenUrl(),
                        requestCount,
                        new VaultRefreshListener(store, accountId, credentials));
        this.client =
                GoogleClients.calendar(transport, credential, settings.rootUrl(), requestCount);
        this.requests =
                new GoogleRequests(
                        accountId,
                        credential,
                        settings.retry(),
                        new RateLimiter(settings.requestsPerMinute(), nanoClock, sleeper),
                        sleeper,
                        random);
    }

    /**
     * The source for a connected account: its credentials are read from {@code vault} (see {@link
     * GoogleCredentialStore}) and renewed tokens are saved back there.
     *
     * @throws CalendarSourceException when the account has no stored credentials
     */
    public static GoogleCalendarSource create(
            SecretVault vault, String accountId, GoogleCalendarSettings settings) {
        return new GoogleCalendarSource(
                new GoogleCredentialStore(vault),
                accountId,
                settings,
                new NetHttpTransport(),
                Sleeper.SYSTEM,
                System::nanoTime,
                RandomGenerator.getDefault());
    }

    /** Whether {@code event} is a deletion Google reported without times (placeholder times). */
    public static boolean isIdOnlyCancellation(CalendarEvent event) {
        return event.isCancelled()
                && event.start().equals(event.end())
                && event.attendees().isEmpty();
    }

    @Override
    public FetchResult fetch(FetchRequest request) {
        int before = requestCount.get();
        List<SkippedEvent> skipped = new ArrayList<>();
        List<CalendarFetch> calendars = new ArrayList<>();
        try {
            CalendarReader reader = new CalendarReader(client, requests, settings.windowStep());
            for (SelectedCalendar calendar :
                    CalendarSelector.select(settings.calendarIds(), client, requests)) {
                calendars.add(reader.read(calendar, request, skipped));
            }
        } catch (IOException e) {
            throw new CalendarSourceException(
                    "Could not prepare a request to Google Calendar for the account "
                            + accountId
                            + ": "
                            + e.getMessage(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CalendarSourceException("The sync of " + accountId + " was interrupted.", e);
        }
        return new FetchResult(calendars, skipped, requestCount.get() - before);
    }
}
