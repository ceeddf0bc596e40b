package com.execassistant.core.calendar.google;

import static com.execassistant.core.calendar.google.FakeGoogle.EVENTS_PATH;
import static com.execassistant.core.calendar.google.FakeGoogle.json;
import static com.execassistant.core.calendar.google.FakeGoogle.page;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.calendar.FetchRequest;
import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.MeetingStatus;
import com.execassistant.core.meeting.ResponseStatus;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Google's event fields as the real client parses them from a loopback fake's JSON. */
class GoogleEventMappingTest {

    @RegisterExtension
    static WireMockExtension google =
            WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir Path dir;

    private CalendarEvent only(String item) {
        google.stubFor(get(urlPathEqualTo(EVENTS_PATH)).willReturn(json(page(null, "s", item))));
        List<CalendarEvent> events =
                new FakeGoogle(google.baseUrl(), dir)
                        .source()
                        .fetch(
                                FetchRequest.full(
                                        Instant.parse("2030-01-01T00:00:00Z"),
                                        Instant.parse("2030-12-31T00:00:00Z")))
                        .calendars()
                        .get(0)
                        .events();
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void allDayEventSpansWholeDaysInTheCalendarsZone() {
        CalendarEvent e =
                only(
                        """
                        {"id": "offsite", "summary": "Offsite",
                         "start": {"date": "2030-03-04"}, "end": {"date": "2030-03-06"}}
                        """);

        assertThat(e.allDay()).isTrue();
        // The page says the calendar is in Europe/Berlin.
        assertThat(e.start())
                .isEqualTo(ZonedDateTime.of(2030, 3, 4, 0, 0, 0, 0, ZoneId.of("Europe/Berlin")));
        assertThat(e.end())
                .isEqualTo(ZonedDateTime.of(2030, 3, 6, 0, 0, 0, 0, ZoneId.of("Europe/Berlin")));
    }

    @Test
    void eventsOwnTimeZoneIsKept() {
        CalendarEvent e =
                only(
                        """
                        {"id": "ny", "summary": "NY sync",
                         "start": {"dateTime": "2030-07-01T09:00:00-04:00",
                                   "timeZone": "America/New_York"},
                         "end": {"dateTime": "2030-07-01T10:00:00-04:00",
                                 "timeZone": "America/New_York"}}
                        """);

        assertThat(e.allDay()).isFalse();
        assertThat(e.start().getZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(e.start().toLocalTime()).hasToString("09:00");
        assertThat(e.startInstant()).isEqualTo(Instant.parse("2030-07-01T13:00:00Z"));
    }

    @Test
    void eventWithoutZoneUsesTheCalendarsZone() {
        CalendarEvent e =
                only(
                        """
                        {"id": "z", "start": {"dateTime": "2030-07-01T09:00:00Z"},
                         "end": {"dateTime": "2030-07-01T10:00:00Z"}}
                        """);

        assertThat(e.start().getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(e.start().toLocalTime()).hasToString("11:00");
    }

    @Test
    void attendeesKeepAnswersOptionalResourceAndSelf() {
        CalendarEvent e =
                only(
                        """
                        {"id": "m", "summary": "Plan", "status": "tentative",
                         "organizer": {"email": "Boss@Example.com"},
                         "start": {"dateTime": "2030-07-01T09:00:00Z"},
                         "end": {"dateTime": "2030-07-01T10:00:00Z"},
                         "attendees": [
                           {"email": "me@example.com", "self": true, "responseStatus": "declined"},
                           {"email": "ann@example.com", "displayName": "Ann",
                            "responseStatus": "tentative", "optional": true},
                           {"email": "room-4@resource.calendar.google.com", "resource": true,
                            "responseStatus": "accepted"},
                           {"email": "bob@example.com"}]}
                        """);

        assertThat(e.organizer()).isEqualTo("boss@example.com");
        assertThat(e.status()).isEqualTo(MeetingStatus.TENTATIVE);
        assertThat(e.attendees())
                .containsExactly(
                        new Attendee(
                                "me@example.com",
                                null,
                                ResponseStatus.DECLINED,
                                false,
                                false,
                                true),
                        new Attendee(
                                "ann@example.com",
                                "Ann",
                                ResponseStatus.TENTATIVE,
                                true,
                                false,
                                false),
                        new Attendee(
                                "room-4@resource.calendar.google.com",
                                null,
                                ResponseStatus.ACCEPTED,
                                false,
                                true,
                                false),
                        new Attendee(
                                "bob@example.com",
                                null,
                                ResponseStatus.NEEDS_ACTION,
                                false,
                                false,
                                false));
        assertThat(e.declinedBySelf()).isTrue();
    }

    @Test
    void recurringInstanceKeepsSeriesUidAndOriginalStart() {
        CalendarEvent e =
                only(
                        """
                        {"id": "weekly_20300701T070000Z", "iCalUID": "weekly@google.com",
                         "recurringEventId": "weekly", "summary": "1:1 with Ann",
                         "location": "Room 4", "description": "Agenda",
                         "updated": "2030-06-01T10:00:00.000Z",
                         "originalStartTime": {"dateTime": "2030-07-01T09:00:00+02:00",
                                               "timeZone": "Europe/Berlin"},
                         "start": {"dateTime": "2030-07-01T10:00:00+02:00",
                                   "timeZone": "Europe/Berlin"},
                         "end": {"dateTime": "2030-07-01T10:30:00+02:00",
                                 "timeZone": "Europe/Berlin"}}
                        """);

        assertThat(e.externalId()).isEqualTo("weekly_20300701T070000Z");
        assertThat(e.uid()).isEqualTo("weekly@google.com");
        assertThat(e.seriesId()).isEqualTo("weekly");
        assertThat(e.recurrenceId()).isEqualTo("2030-07-01T09:00:00+02:00");
        assertThat(e.calendarId()).isEqualTo("primary");
        assertThat(e.title()).isEqualTo("1:1 with Ann");
        assertThat(e.location()).isEqualTo("Room 4");
        assertThat(e.description()).isEqualTo("Agenda");
        assertThat(e.updated()).isEqualTo("2030-06-01T10:00:00.000Z");
    }

    @Test
    void allDayRecurringInstanceHasADateAsRecurrenceId() {
        CalendarEvent e =
                only(
                        """
                        {"id": "bday_20300704", "recurringEventId": "bday",
                         "originalStartTime": {"date": "2030-07-04"},
                         "start": {"date": "2030-07-04"}, "end": {"date": "2030-07-05"}}
                        """);

        assertThat(e.recurrenceId()).isEqualTo("2030-07-04");
    }

    @Test
    void unknownZoneNameFallsBackToTheCalendarsZone() {
        CalendarEvent e =
                only(
                        """
                        {"id": "odd", "start": {"dateTime": "2030-07-01T09:00:00Z",
                                                "timeZone": "Mars/Olympus_Mons"},
                         "end": {"dateTime": "2030-07-01T10:00:00Z"}}
                        """);

        assertThat(e.start().getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(e.startInstant()).isEqualTo(Instant.parse("2030-07-01T09:00:00Z"));
    }
}
