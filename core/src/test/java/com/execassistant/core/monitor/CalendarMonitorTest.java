package com.execassistant.core.monitor;

import static com.execassistant.core.meeting.TestEvents.meeting;
import static com.execassistant.core.meeting.TestEvents.moved;
import static com.execassistant.core.meeting.TestEvents.restamped;
import static com.execassistant.core.meeting.TestEvents.retitled;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.account.Account;
import com.execassistant.core.account.AccountKind;
import com.execassistant.core.calendar.CalendarSource;
import com.execassistant.core.calendar.CalendarSourceException;
import com.execassistant.core.calendar.FakeCalendarSource;
import com.execassistant.core.classify.MeetingClassifier;
import com.execassistant.core.config.ConfigLoader;
import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.ResponseStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalendarMonitorTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final Instant IN_3_DAYS = NOW.plus(Duration.ofDays(3));

    private final InMemoryMeetingStore store = new InMemoryMeetingStore();
    private final Map<String, CalendarSource> sources = new HashMap<>();
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private SyncRun sync(String... accountIds) {
        List<Account> accounts =
                java.util.Arrays.stream(accountIds)
                        .map(
                                id ->
                                        new Account(
                                                id,
                                                AccountKind.ICS,
                                                id,
                                                "me@example.com",
                                                Map.of(),
                                                true))
                        .toList();
        MeetingClassifier classifier =
                new MeetingClassifier(ConfigLoader.builtIn().load().meetingTypes());
        return new CalendarMonitor(store, classifier, a -> sources.get(a.id()), clock, 1, 14)
                .runOnce(accounts);
    }

    private FakeCalendarSource calendar(String account) {
        FakeCalendarSource c = new FakeCalendarSource("primary");
        sources.put(account, c);
        return c;
    }

    @Test
    void firstSyncStoresEveryMeetingAndEmitsOnePrepEventEach() {
        calendar("a")
                .put(meeting("e1", "1:1 Dana / Lee", IN_3_DAYS, 2))
                .put(meeting("e2", "Quarterly Business Review", IN_3_DAYS, 25));

        SyncRun run = sync("a");

        assertThat(run.created()).isEqualTo(2);
        assertThat(run.fetched()).isEqualTo(2);
        assertThat(store.all())
                .extracting(MeetingRecord::type)
                .containsExactlyInAnyOrder("one_on_one", "qbr");
        assertThat(store.events())
                .extracting(PrepEvent::kind)
                .containsOnly(PrepEvent.Kind.MEETING_REQUIRES_PREP)
                .hasSize(2);
        assertThat(store.runs()).hasSize(1);
    }

    @Test
    void aSecondSyncWithoutChangesChangesNothing() {
        calendar("a").put(meeting("e1", "1:1 Dana / Lee", IN_3_DAYS, 2));
        sync("a");

        SyncRun again = sync("a");

        assertThat(again.created() + again.updated() + again.cancelled()).isZero();
        assertThat(store.events()).hasSize(1);
    }

    @Test
    void aRefetchWithOnlyANewStampIsNotAnUpdate() {
        CalendarEvent e = meeting("e1", "1:1 Dana / Lee", IN_3_DAYS, 2);
        FakeCalendarSource cal = calendar("a").put(e);
        sync("a");
        cal.put(restamped(e, "etag-2"));

        SyncRun again = sync("a");

        assertThat(again.fetched()).isEqualTo(1);
        assertThat(again.updated()).isZero();
        assertThat(store.all().get(0).revision()).isEqualTo(1);
    }

    @Test
    void aMovedMeetingIsANewRevisionWithANewPrepEvent() {
        CalendarEvent e = meeting("e1", "1:1 Dana / Lee", IN_3_DAYS, 2);
        FakeCalendarSource cal = calendar("a").put(e);
        sync("a");
        cal.put(moved(e, Duration.ofHours(5)));

        SyncRun again = sync("a");

        assertThat(again.updated()).isEqualTo(1);
        assertThat(store.events()).extracting(PrepEvent::revision).containsExactly(1, 2);
        assertThat(store.events().get(1).prepTriggerTime())
                .isEqualTo(IN_3_DAYS.plus(Duration.ofHours(5)).minus(Duration.ofHours(24)));
    }

    @Test
    void aRetitledMeetingIsReclassified() {
        CalendarEvent e = meeting("e1", "Sync with Lee", IN_3_DAYS, 2);
        FakeCalendarSource cal = calendar("a").put(e);
        sync("a");
        cal.put(retitled(e, "Incident review: SEV-1 checkout outage"));

        sync("a");

        assertThat(store.all().get(0).type()).isEqualTo("incident_review");
        assertThat(store.all().get(0).revision()).isEqualTo(2);
    }

    @Test
    void aDeletedMeetingIsCancelledOnceAndTheWorkflowIsTold() {
        FakeCalendarSource cal = calendar("a").put(meeting("e1", "1:1 Dana / Lee", IN_3_DAYS, 2));
        sync("a");
        cal.delete("e1");

        SyncRun run = sync("a");
        sync("a");

        assertThat(run.cancelled()).isEqualTo(1);
        assertThat(store.all().get(0).event().isCancelled()).isTrue();
        assertThat(store.events())
                .extracting(PrepEvent::kind)
                .containsExactly(
                        PrepEvent.Kind.MEETING_REQUIRES_PREP, PrepEvent.Kind.MEETING_CANCELLED);
    }

    @Test
    void aCompleteFetchCancelsStoredMeetingsThatAreGone() {
        calendar("a")
                .put(meeting("e1", "1:1 Dana / Lee", IN_3_DAYS, 2))
                .put(meeting("e2", "Staff meeting", IN_3_DAYS, 16));
        sync("a");
        // A fresh calendar has no history for our token: like Google's 410, it answers in full.
        calendar("b").put(meeting("e1", "1:1 Dana / Lee", IN_3_DAYS, 2));
        sources.put("a", sources.get("b"));
        store.apply(new CalendarChanges("a", "primary", List.of(), List.of(), null, 0, 0, 0));

        SyncRun run = sync("a");

        assertThat(run.cancelled()).isEqualTo(1);
        assertThat(store.meetings("a", "primary").get("e2").event().isCancelled()).isTrue();
        assertThat(store.meetings("a", "primary").get("e1").event().isCancelled()).isFalse();
    }

    @Test
    void oneAccountFailingIsRecordedAndTheOthersStillSync() {
        calendar("broken")
                .failWith(new CalendarSourceException("The sign-in for this account has expired."));
        calendar("ok").put(meeting("e1", "1:1 Dana / Lee", IN_3_DAYS, 2));

        SyncRun run = sync("broken", "ok");

        assertThat(run.errors())
                .containsExactly("broken: The sign-in for this account has expired.");
        assertThat(run.created()).isEqualTo(1);
        assertThat(run.accounts()).isEqualTo(2);
    }

    @Test
    void aLateMeetingIsTriggeredNowAndNotReEmittedOnTheNextSync() {
        Instant inTwoHours = NOW.plus(Duration.ofHours(2));
        calendar("a").put(meeting("e1", "1:1 Dana / Lee", inTwoHours, 2));

        sync("a");
        clock = Clock.fixed(NOW.plus(Duration.ofMinutes(30)), ZoneOffset.UTC);
        sync("a");

        assertThat(store.events()).hasSize(1);
        assertThat(store.events().get(0).late()).isTrue();
        assertThat(store.events().get(0).prepTriggerTime()).isEqualTo(NOW);
    }

    @Test
    void aMeetingTheUserDeclinedGetsNoPrep() {
        List<Attendee> people =
                List.of(
                        Attendee.person("dana@example.com"),
                        new Attendee(
                                "me@example.com",
                                "Me",
                                ResponseStatus.DECLINED,
                                false,
                                false,
                                false));
        calendar("a")
                .put(meeting("e1", "1:1 Dana / me", IN_3_DAYS, Duration.ofMinutes(30), people));

        sync("a");

        assertThat(store.all()).hasSize(1);
        assertThat(store.all().get(0).prepNeeded()).isFalse();
        assertThat(store.events()).isEmpty();
    }

    @Test
    void incrementalChangesOutsideTheWindowAreIgnoredUnlessStored() {
        FakeCalendarSource cal = calendar("a").put(meeting("e1", "1:1 Dana / Lee", IN_3_DAYS, 2));
        sync("a");
        cal.put(meeting("far", "Planning", NOW.plus(Duration.ofDays(40)), 3));

        SyncRun run = sync("a");

        assertThat(run.created()).isZero();
        assertThat(store.all()).hasSize(1);
    }
}
