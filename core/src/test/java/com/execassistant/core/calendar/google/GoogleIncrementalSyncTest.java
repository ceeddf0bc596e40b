package com.execassistant.core.calendar.google;

import static com.execassistant.core.calendar.google.FakeGoogle.EVENTS_PATH;
import static com.execassistant.core.calendar.google.FakeGoogle.error;
import static com.execassistant.core.calendar.google.FakeGoogle.event;
import static com.execassistant.core.calendar.google.FakeGoogle.json;
import static com.execassistant.core.calendar.google.FakeGoogle.page;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.calendar.CalendarFetch;
import com.execassistant.core.calendar.FetchRequest;
import com.execassistant.core.calendar.FetchResult;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.MeetingStatus;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class GoogleIncrementalSyncTest {

    @RegisterExtension
    static WireMockExtension google =
            WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final Instant FROM = Instant.parse("2030-03-01T00:00:00Z");
    static final Instant TO = Instant.parse("2030-03-15T00:00:00Z");

    @TempDir Path dir;
    FakeGoogle fake;

    @BeforeEach
    void setUp() {
        fake = new FakeGoogle(google.baseUrl(), dir);
    }

    private static FetchRequest since(String token, Instant listedUntil, Instant to) {
        return new FetchRequest(
                FROM, to, Map.of("primary", new SyncState(token, listedUntil).encode()));
    }

    private void changesSince(String token, String nextToken, String... items) {
        google.stubFor(
                get(urlPathEqualTo(EVENTS_PATH))
                        .withQueryParam("syncToken", equalTo(token))
                        .willReturn(json(page(null, nextToken, items))));
    }

    @Test
    void incrementalSyncSendsTheTokenWithoutAWindow() {
        changesSince("t1", "t2", event("a", "Moved", 15));

        CalendarFetch fetch = fake.source().fetch(since("t1", TO, TO)).calendars().get(0);

        assertThat(fetch.complete()).isFalse();
        assertThat(fetch.events()).extracting(CalendarEvent::title).containsExactly("Moved");
        assertThat(SyncState.parse(fetch.nextSyncState()).token()).isEqualTo("t2");
        google.verify(
                getRequestedFor(urlPathEqualTo(EVENTS_PATH))
                        .withQueryParam("syncToken", equalTo("t1"))
                        .withQueryParam("singleEvents", equalTo("true"))
                        .withQueryParam("timeMin", absent())
                        .withQueryParam("timeMax", absent()));
    }

    @Test
    void cancelledInstanceKeepsItsSeriesAndOriginalStart() {
        changesSince(
                "t1",
                "t2",
                """
                {"id": "weekly_20300305T090000Z", "status": "cancelled",
                 "recurringEventId": "weekly",
                 "originalStartTime": {"dateTime": "2030-03-05T10:00:00+01:00",
                                       "timeZone": "Europe/Berlin"}}
                """);

        CalendarEvent cancelled =
                fake.source().fetch(since("t1", TO, TO)).calendars().get(0).events().get(0);

        assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(cancelled.externalId()).isEqualTo("weekly_20300305T090000Z");
        assertThat(cancelled.seriesId()).isEqualTo("weekly");
        assertThat(cancelled.recurrenceId()).isEqualTo("2030-03-05T10:00:00+01:00");
        assertThat(GoogleCalendarSource.isIdOnlyCancellation(cancelled)).isTrue();
    }

    @Test
    void cancellationWithOnlyAnIdGetsEpochPlaceholderTimes() {
        changesSince("t1", "t2", "{\"id\": \"gone\", \"status\": \"cancelled\"}");

        CalendarEvent cancelled =
                fake.source().fetch(since("t1", TO, TO)).calendars().get(0).events().get(0);

        assertThat(cancelled.externalId()).isEqualTo("gone");
        assertThat(cancelled.isCancelled()).isTrue();
        assertThat(cancelled.start()).isEqualTo(GoogleCalendarSource.PLACEHOLDER_TIME);
        assertThat(cancelled.end()).isEqualTo(GoogleCalendarSource.PLACEHOLDER_TIME);
        assertThat(GoogleCalendarSource.isIdOnlyCancellation(cancelled)).isTrue();
    }

    @Test
    void expiredTokenLeadsToACompleteResyncWithoutTheEventsDeletedMeanwhile() {
        google.stubFor(
                get(urlPathEqualTo(EVENTS_PATH))
                        .withQueryParam("syncToken", equalTo("old"))
                        .willReturn(
                                error(410, "fullSyncRequired", "Sync token is no longer valid")));
        // "deleted" existed at the last sync and is gone from the fresh listing.
        google.stubFor(
                get(urlPathEqualTo(EVENTS_PATH))
                        .withQueryParam("syncToken", absent())
                        .willReturn(json(page(null, "fresh", event("kept", "Kept", 9)))));

        FetchResult result = fake.source().fetch(since("old", TO, TO));

        CalendarFetch fetch = result.calendars().get(0);
        assertThat(fetch.complete()).isTrue();
        assertThat(fetch.events()).extracting(CalendarEvent::externalId).containsExactly("kept");
        assertThat(SyncState.parse(fetch.nextSyncState()).token()).isEqualTo("fresh");
        assertThat(result.apiCalls()).isEqualTo(2);
    }

    @Test
    void noChangeIncrementalSyncCostsOneRequestPerCalendar() {
        changesSince("t1", "t1");

        FetchResult result = fake.source().fetch(since("t1", TO, TO.plusSeconds(5)));

        assertThat(result.calendars().get(0).events()).isEmpty();
        assertThat(result.apiCalls()).isEqualTo(1);
    }

    @Test
    void windowMovedOnListsTheNewlyCoveredStretchSoNewInstancesAppear() {
        changesSince("t1", "t2");
        google.stubFor(
                get(urlPathEqualTo(EVENTS_PATH))
                        .withQueryParam("syncToken", absent())
                        .willReturn(
                                json(page(null, "ignored", event("weekly_0318", "Weekly", 9)))));
        Instant later = TO.plus(Duration.ofDays(3));

        CalendarFetch fetch = fake.source().fetch(since("t1", TO, later)).calendars().get(0);

        assertThat(fetch.complete()).isFalse();
        assertThat(fetch.events())
                .extracting(CalendarEvent::externalId)
                .containsExactly("weekly_0318");
        assertThat(SyncState.parse(fetch.nextSyncState())).isEqualTo(new SyncState("t2", later));
        google.verify(
                getRequestedFor(urlPathEqualTo(EVENTS_PATH))
                        .withQueryParam("timeMin", equalTo("2030-03-15T00:00:00.000Z"))
                        .withQueryParam("timeMax", equalTo("2030-03-18T00:00:00.000Z")));
    }

    @Test
    void bareSyncTokenFromElsewhereIsUsedAsIs() {
        changesSince("bare-token", "t2", event("a", "Changed", 9));

        FetchResult result =
                fake.source().fetch(new FetchRequest(FROM, TO, Map.of("primary", "bare-token")));

        assertThat(result.calendars().get(0).events()).hasSize(1);
        assertThat(result.apiCalls()).isEqualTo(1);
    }
}
