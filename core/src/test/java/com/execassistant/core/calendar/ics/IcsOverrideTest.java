package com.execassistant.core.calendar.ics;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.MeetingStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RECURRENCE-ID overrides: edited, cancelled, moved in and out of the window, revised twice. */
class IcsOverrideTest {

    private final IcsExpansion march =
            IcsCorpus.expand("overrides.ics", "2026-03-01", "2026-04-01");

    @Test
    void overridesReplaceTheirInstancesAndMovedOnesCountAtTheirNewTime() {
        assertThat(staff())
                .extracting(CalendarEvent::startInstant)
                .containsExactly(
                        Instant.parse("2026-03-03T16:00:00Z"),
                        Instant.parse("2026-03-10T15:00:00Z"),
                        Instant.parse("2026-03-17T15:00:00Z"),
                        Instant.parse("2026-03-24T19:00:00Z"),
                        Instant.parse("2026-03-30T15:00:00Z"));
    }

    @Test
    void editedInstanceTakesTheOverridesDetails() {
        CalendarEvent edited = staffAt("2026-03-10T15:00:00Z");

        assertThat(edited.title()).isEqualTo("Staff meeting - budget special");
        assertThat(edited.location()).isEqualTo("Boardroom");
        assertThat(edited.externalId()).isEqualTo("staff/20260310T150000Z");
    }

    @Test
    void cancelledOverrideReportsTheInstanceAsCancelled() {
        assertThat(staffAt("2026-03-17T15:00:00Z").status()).isEqualTo(MeetingStatus.CANCELLED);
    }

    @Test
    void overrideWithHigherSequenceWinsWhereverItStandsInTheFile() {
        CalendarEvent revised = staffAt("2026-03-24T19:00:00Z");

        assertThat(revised.title()).isEqualTo("Staff meeting (v2)");
        assertThat(revised.updated()).isEqualTo("2026-02-15T00:00:00Z;SEQUENCE=2");
        assertThat(staff()).noneMatch(o -> o.title().equals("Staff meeting (v1)"));
    }

    @Test
    void instanceMovedIntoTheWindowKeepsItsOriginalStartAsRecurrenceId() {
        CalendarEvent pulled = staffAt("2026-03-30T15:00:00Z");

        assertThat(pulled.recurrenceId()).isEqualTo("2026-04-07T11:00:00-04:00");
        assertThat(pulled.externalId()).isEqualTo("staff/20260407T150000Z");
    }

    @Test
    void instanceMovedOutOfTheWindowIsGoneFromIt() {
        assertThat(staff())
                .noneMatch(o -> o.recurrenceId().equals("2026-03-31T11:00:00-04:00"))
                .noneMatch(o -> o.startInstant().equals(Instant.parse("2026-03-31T15:00:00Z")));
    }

    @Test
    void overrideWithoutItsSeriesStillImportsAsAnInstance() {
        CalendarEvent shared = only("invite-only");

        assertThat(shared.seriesId()).isEqualTo("invite-only");
        assertThat(shared.startInstant()).isEqualTo(Instant.parse("2026-03-12T13:30:00Z"));
        assertThat(shared.recurrenceId()).isEqualTo("2026-03-12T09:00:00-04:00");
    }

    @Test
    void cancelledSingleEventIsReportedAsCancelled() {
        assertThat(only("cancelled-offsite").status()).isEqualTo(MeetingStatus.CANCELLED);
    }

    private List<CalendarEvent> staff() {
        assertThat(march.skipped()).isEmpty();
        return march.occurrences().stream().filter(o -> o.uid().equals("staff")).toList();
    }

    private CalendarEvent staffAt(String utcStart) {
        return staff().stream()
                .filter(o -> o.startInstant().equals(Instant.parse(utcStart)))
                .findFirst()
                .orElseThrow();
    }

    private CalendarEvent only(String uid) {
        List<CalendarEvent> found =
                march.occurrences().stream().filter(o -> o.uid().equals(uid)).toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }
}
