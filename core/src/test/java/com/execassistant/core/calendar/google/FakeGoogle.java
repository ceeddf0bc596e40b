package com.execassistant.core.calendar.google;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.execassistant.core.secrets.MasterKey;
import com.execassistant.core.secrets.SecretVault;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.google.api.client.http.javanet.NetHttpTransport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGeneratorFactory;

/**
 * Wiring for tests that drive the real Google client against a WireMock server standing in for
 * Google Calendar and its token endpoint. Waits are recorded, not slept.
 */
final class FakeGoogle {

    static final String ACCOUNT = "work";
    static final String EVENTS_PATH = "/calendar/v3/calendars/primary/events";
    static final String TOKEN_PATH = "/token";

    final String baseUrl;
    final SecretVault vault;
    final GoogleCredentialStore store;
    final List<Duration> waits = new ArrayList<>();
    long nanos;

    FakeGoogle(String baseUrl, Path dir) {
        this.baseUrl = baseUrl;
        this.vault = SecretVault.open(dir.resolve("secrets.vault"), MasterKey.generate());
        this.store = new GoogleCredentialStore(vault);
        store.save(
                ACCOUNT,
                new GoogleAccountCredentials(
                        "client-1",
                        "client-secret-1",
                        "refresh-1",
                        "access-1",
                        Instant.now().plus(Duration.ofHours(1))));
    }

    GoogleCalendarSettings settings() {
        return GoogleCalendarSettings.defaults()
                .withEndpoints(baseUrl, baseUrl + TOKEN_PATH)
                .withRequestsPerMinute(10_000)
                .withCalendarIds(List.of("primary"))
                .withRetry(new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(1)));
    }

    GoogleCalendarSource source() {
        return source(settings());
    }

    GoogleCalendarSource source(GoogleCalendarSettings settings) {
        return new GoogleCalendarSource(
                store,
                ACCOUNT,
                settings,
                new NetHttpTransport(),
                d -> {
                    waits.add(d);
                    nanos += d.toNanos();
                },
                () -> nanos,
                RandomGeneratorFactory.of("L64X128MixRandom").create(42));
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    static ResponseDefinitionBuilder error(int status, String reason, String message) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(
                        """
                        {"error": {"code": %d, "message": "%s",
                          "errors": [{"domain": "usageLimits", "reason": "%s", "message": "%s"}]}}
                        """
                                .formatted(status, message, reason, message));
    }

    /** A page of events: the items' JSON, and either a next page token or a sync token. */
    static String page(String nextPageToken, String nextSyncToken, String... items) {
        return """
                {"kind": "calendar#events", "timeZone": "Europe/Berlin", %s "items": [%s]}
                """
                .formatted(
                        nextPageToken != null
                                ? "\"nextPageToken\": \"" + nextPageToken + "\","
                                : "\"nextSyncToken\": \"" + nextSyncToken + "\",",
                        String.join(",", items));
    }

    /** A timed event in UTC on 2030-03-04. */
    static String event(String id, String summary, int hour) {
        return """
                {"id": "%s", "iCalUID": "%s@google.com", "status": "confirmed", "summary": "%s",
                 "updated": "2030-03-01T10:00:00.000Z",
                 "start": {"dateTime": "2030-03-04T%02d:00:00Z"},
                 "end": {"dateTime": "2030-03-04T%02d:30:00Z"}}
                """
                .formatted(id, id, summary, hour, hour);
    }
}
