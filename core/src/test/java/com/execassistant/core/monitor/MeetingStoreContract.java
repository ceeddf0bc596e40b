package com.execassistant.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.meeting.TestEvents;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every MeetingStore must do; run against the in-memory fake and each real adapter. */
public abstract class MeetingStoreContract {

    protected static final Instant T = Instant.parse("2026-03-10T15:00:00Z");

    /** A fresh, empty store. */
    protected abstract MeetingStore store();

    /** The prep events the store holds, in the order they were first stored. */
    protected abstract List<PrepEvent> storedEvents(MeetingStore store);

    private static MeetingRecord record(String externalId, int revision) {
        return new MeetingRecord(
                "id-" + externalId,
                "acct",
                TestEvents.meeting(externalId, "1:1 Dana / Lee", T, 2),
                "fp" + revision,
                revision,
                "one_on_one",
                "keyword",
                24,
                T.minusSeconds(86400));
    }

    private static PrepEvent event(MeetingRecord m) {
        return new PrepEvent(
                m.id(),
                m.revision(),
                PrepEvent.Kind.MEETING_REQUIRES_PREP,
                "acct",
                m.type(),
                T,
                m.prepTrigger(),
                false,
                null,
                T.minusSeconds(90000));
    }

    private static CalendarChanges changes(
            List<MeetingRecord> writes, List<PrepEvent> events, String token) {
        return new CalendarChanges("acct", "primary", writes, events, token, writes.size(), 0, 0);
    }

    @Test
    void storedMeetingsComeBackByExternalIdWithEveryField() {
        MeetingStore s = store();
        MeetingRecord m = record("e1", 1);
        s.apply(changes(List.of(m), List.of(), "tok1"));

        MeetingRecord back = s.meetings("acct", "primary").get("e1");
        assertThat(back).isEqualTo(m);
        assertThat(s.meetings("acct", "other")).isEmpty();
        assertThat(s.meetings("other", "primary")).isEmpty();
    }

    @Test
    void meetingsCanBeReadByExternalId() {
        MeetingStore s = store();
        s.apply(
                changes(
                        List.of(record("e1", 1), record("e2", 1), record("e3", 1)),
                        List.of(),
                        "t"));

        assertThat(s.meetings("acct", "primary", List.of("e1", "e3", "missing")))
                .containsOnlyKeys("e1", "e3");
        assertThat(s.meetings("acct", "other", List.of("e1"))).isEmpty();
    }

    @Test
    void syncStateIsKeptPerCalendar() {
        MeetingStore s = store();
        s.apply(changes(List.of(), List.of(), "tok1"));
        s.apply(new CalendarChanges("acct", "team", List.of(), List.of(), "tokT", 0, 0, 0));
        s.apply(changes(List.of(), List.of(), "tok2"));

        assertThat(s.syncStates("acct"))
                .containsOnly(
                        java.util.Map.entry("primary", "tok2"),
                        java.util.Map.entry("team", "tokT"));
    }

    @Test
    void aNewerRevisionReplacesTheMeeting() {
        MeetingStore s = store();
        s.apply(changes(List.of(record("e1", 1)), List.of(), "t1"));
        s.apply(changes(List.of(record("e1", 2)), List.of(), "t2"));

        assertThat(s.meetings("acct", "primary")).hasSize(1);
        assertThat(s.meetings("acct", "primary").get("e1").revision()).isEqualTo(2);
    }

    @Test
    void theSameEventForTheSameRevisionIsStoredOnce() {
        MeetingStore s = store();
        MeetingRecord m = record("e1", 1);
        s.apply(changes(List.of(m), List.of(event(m)), "t1"));
        s.apply(changes(List.of(m), List.of(event(m)), "t1"));
        MeetingRecord m2 = record("e1", 2);
        s.apply(changes(List.of(m2), List.of(event(m2)), "t2"));

        assertThat(storedEvents(s)).extracting(PrepEvent::revision).containsExactly(1, 2);
    }
}
