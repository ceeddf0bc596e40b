package com.execassistant.core.calendar.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.MeetingStatus;
import com.execassistant.core.meeting.ResponseStatus;
import org.junit.jupiter.api.Test;

/** Organizer, attendees (answers, optional, rooms, self), status and revision stamp. */
class IcsPeopleAndStatusTest {

    private final CalendarEvent prep =
            IcsCorpus.expand("attendees.ics", "2026-03-01", "2026-04-01").occurrences().getFirst();

    @Test
    void attendeesKeepAnswerOptionalResourceAndSelfFlags() {
        assertThat(prep.attendees())
                .extracting(
                        Attendee::email,
                        Attendee::name,
                        Attendee::responseStatus,
                        Attendee::optional,
                        Attendee::resource,
                        Attendee::self)
                .containsExactly(
                        tuple(
                                "exec@example.com",
                                "Exec",
                                ResponseStatus.DECLINED,
                                false,
                                false,
                                true),
                        tuple(
                                "dana@example.com",
                                "Dana Reyes",
                                ResponseStatus.ACCEPTED,
                                false,
                                false,
                                false),
                        tuple(
                                "sam@example.com",
                                "Sam Optional",
                                ResponseStatus.TENTATIVE,
                                true,
                                false,
                                false),
                        tuple(
                                "boardroom@resource.example.com",
                                "Boardroom",
                                ResponseStatus.ACCEPTED,
                                false,
                                true,
                                false),
                        tuple(
                                "projector@resource.example.com",
                                "Projector",
                                ResponseStatus.NEEDS_ACTION,
                                false,
                                true,
                                false),
                        tuple(
                                "pat@example.com",
                                "Pat",
                                ResponseStatus.NEEDS_ACTION,
                                false,
                                false,
                                false));
    }

    @Test
    void ownerDeclinedIsVisibleOnTheOccurrence() {
        assertThat(prep.declinedBySelf()).isTrue();
    }

    @Test
    void organizerIsTheMailtoAddress() {
        assertThat(prep.organizer()).isEqualTo("cos@example.com");
    }

    @Test
    void statusDescriptionAndLocationAreCopied() {
        assertThat(prep.status()).isEqualTo(MeetingStatus.TENTATIVE);
        assertThat(prep.description()).isEqualTo("Agenda: numbers, risks, asks.");
        assertThat(prep.location()).isEqualTo("Boardroom");
    }

    @Test
    void updatedStampPrefersLastModifiedAndCarriesSequence() {
        assertThat(prep.updated()).isEqualTo("2026-02-05T09:30:00Z;SEQUENCE=3");
    }
}
