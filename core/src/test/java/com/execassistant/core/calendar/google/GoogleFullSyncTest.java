package com.execassistant.core.calendar.google;

import static com.execassistant.core.calendar.google.FakeGoogle.EVENTS_PATH;
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
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class GoogleFullSyncTest {

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

    private void threePages() {
        google.stubFor(
                get(urlPathEqualTo(EVENTS_PATH))
                        .withQueryParam("pageToken", absent())
                        .willReturn(json(page("p2", null, event("a", "Standup", 9)))));
        google.stubFor(
                get(urlPathEqualTo(EVENTS_PATH))
                        .withQueryParam("pageToken", equalTo("p2"))
                        .willReturn(json(page("p3", null, event("b", "Review", 10)))));
        google.stubFor(
                get(urlPathEqualTo(EVENTS_PATH))
                        .withQueryParam("pageToken", equalTo("p3"))
                        .willReturn(json(page(null, "sync-final", event("c", "1:1", 11)))));
    }

    @Test
    void fullSyncFollowsEveryPage() {
        threePages();

        FetchResult result = fake.source().fetch(FetchRequest.full(FROM, TO));

        CalendarFetch calendar = result.calendars().get(0);
        assertThat(calendar.complete()).isTrue();
        assertThat(calendar.events())
                .extracting(CalendarEvent::externalId)
                .containsExactly("a", "b", "c");
        assertThat(result.apiCalls()).isEqualTo(3);
    }

    @Test
    void syncTokenIsTakenFromTheLastPage() {
        threePages();

        CalendarFetch calendar =
                fake.source().fetch(FetchRequest.full(FROM, TO)).calendars().get(0);

        assertThat(SyncState.parse(calendar.nextSyncState()))
                .isEqualTo(new SyncState("sync-final", TO));
    }

    @Test
    void fullSyncAsksForTheWindowWithRecurringSeriesExpanded() {
        threePages();

        fake.source().fetch(FetchRequest.full(FROM, TO));

        google.verify(
                3,
                getRequestedFor(urlPathEqualTo(EVENTS_PATH))
                        .withQueryParam("timeMin", equalTo("2030-03-01T00:00:00.000Z"))
                        .withQueryParam("timeMax", equalTo("2030-03-15T00:00:00.000Z"))
                        .withQueryParam("singleEvents", equalTo("true"))
                        .withQueryParam("syncToken", absent()));
    }

    @Test
    void withoutConfiguredIdsEverySelectedCalendarAndThePrimaryAreRead() {
        google.stubFor(
                get(urlPathEqualTo("/calendar/v3/users/me/calendarList"))
                        .withQueryParam("pageToken", absent())
                        .willReturn(
                                json(
                                        """
                                        {"nextPageToken": "l2", "items": [
                                          {"id": "me@example.com", "primary": true,
                                           "timeZone": "America/New_York"},
                                          {"id": "team@example.com", "selected": true},
                                          {"id": "holidays@example.com", "selected": false}]}
                                        """)));
        google.stubFor(
                get(urlPathEqualTo("/calendar/v3/users/me/calendarList"))
                        .withQueryParam("pageToken", equalTo("l2"))
                        .willReturn(
                                json(
                                        """
                                        {"items": [{"id": "board@example.com", "selected": true}]}
                                        """)));
        for (String id : List.of("me@example.com", "team@example.com", "board@example.com")) {
            google.stubFor(
                    get(urlPathEqualTo("/calendar/v3/calendars/" + id + "/events"))
                            .willReturn(json(page(null, "s-" + id, event(id + "-1", "x", 9)))));
        }

        FetchResult result =
                fake.source(fake.settings().withCalendarIds(List.of()))
                        .fetch(FetchRequest.full(FROM, TO));

        assertThat(result.calendars())
                .extracting(CalendarFetch::calendarId)
                .containsExactly("me@example.com", "team@example.com", "board@example.com");
        assertThat(result.apiCalls()).isEqualTo(5);
    }

    @Test
    void configuredCalendarIdsSkipTheCalendarList() {
        google.stubFor(
                get(urlPathEqualTo("/calendar/v3/calendars/team@example.com/events"))
                        .willReturn(json(page(null, "s", event("t", "x", 9)))));

        FetchResult result =
                fake.source(fake.settings().withCalendarIds(List.of("team@example.com")))
                        .fetch(FetchRequest.full(FROM, TO));

        assertThat(result.calendars())
                .extracting(CalendarFetch::calendarId)
                .containsExactly("team@example.com");
        google.verify(0, getRequestedFor(urlPathEqualTo("/calendar/v3/users/me/calendarList")));
    }

    @Test
    void malformedEventIsSkippedAndReportedWhileTheRestImports() {
        google.stubFor(
                get(urlPathEqualTo(EVENTS_PATH))
                        .willReturn(
                                json(
                                        page(
                                                null,
                                                "s",
                                                event("good", "Fine", 9),
                                                """
                                                {"id": "bad", "status": "confirmed", "summary": "No times"}
                                                """))));

        FetchResult result = fake.source().fetch(FetchRequest.full(FROM, TO));

        assertThat(result.calendars().get(0).events())
                .extracting(CalendarEvent::externalId)
                .containsExactly("good");
        assertThat(result.skipped()).hasSize(1);
        assertThat(result.skipped().get(0).uid()).isEqualTo("bad");
        assertThat(result.skipped().get(0).reason()).contains("no start");
    }
}
