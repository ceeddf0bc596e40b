package com.execassistant.core.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.ResponseStatus;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleCounterTest {

    private static CalendarEvent event(String organizer, Attendee... attendees) {
        ZonedDateTime start = ZonedDateTime.parse("2025-03-10T10:00:00Z");
        return new CalendarEvent(
                "primary",
                "e1",
                "u1",
                null,
                null,
                "Sync",
                null,
                null,
                start,
                start.plusHours(1),
                false,
                null,
                organizer,
                List.of(attendees),
                null);
    }

    private static Attendee person(String email) {
        return Attendee.person(email);
    }

    @Test
    void countsTheOrganizerOnceWhenAlsoListedAsAttendee() {
        assertThat(PeopleCounter.count(event("a@x.com", person("a@x.com"), person("b@x.com"))))
                .isEqualTo(2);
    }

    @Test
    void countsAnOrganizerWhoIsNotInTheGuestList() {
        assertThat(PeopleCounter.count(event("a@x.com", person("b@x.com")))).isEqualTo(2);
    }

    @Test
    void doesNotCountRoomsMarkedAsResources() {
        var room = new Attendee("4b@x.com", "Room 4B", ResponseStatus.ACCEPTED, false, true, false);

        assertThat(PeopleCounter.count(event("a@x.com", person("a@x.com"), room))).isEqualTo(1);
    }

    @Test
    void doesNotCountGoogleResourceCalendarsEvenWithoutTheFlag() {
        var room = person("c_188abc@resource.calendar.google.com");

        assertThat(PeopleCounter.count(event("a@x.com", person("a@x.com"), room))).isEqualTo(1);
    }

    @Test
    void doesNotCountOptionalInvitees() {
        var optional = new Attendee("c@x.com", null, ResponseStatus.ACCEPTED, true, false, false);

        assertThat(PeopleCounter.count(event("a@x.com", person("b@x.com"), optional))).isEqualTo(2);
    }

    @Test
    void countsInviteesWhoDeclined() {
        var declined = new Attendee("c@x.com", null, ResponseStatus.DECLINED, false, false, false);

        assertThat(PeopleCounter.count(event("a@x.com", person("b@x.com"), declined))).isEqualTo(3);
    }

    @Test
    void reportsUnknownWhenThereIsNoGuestList() {
        assertThat(PeopleCounter.count(event("a@x.com"))).isEqualTo(PeopleCounter.UNKNOWN);
    }
}
