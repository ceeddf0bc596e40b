package com.execassistant.desktop.bench;

import com.execassistant.core.account.Account;
import com.execassistant.core.account.AccountKind;
import com.execassistant.core.calendar.CalendarFetch;
import com.execassistant.core.calendar.CalendarSource;
import com.execassistant.core.calendar.FetchResult;
import com.execassistant.core.classify.Classification;
import com.execassistant.core.classify.MeetingClassifier;
import com.execassistant.core.config.Configuration;
import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.MeetingStatus;
import com.execassistant.core.monitor.CalendarMonitor;
import com.execassistant.core.monitor.MeetingStore;
import com.execassistant.core.monitor.SyncRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Meetings of every built-in kind whose prep all falls due at the same instant: each starts its
 * type's prep lead time after that instant, so the classifier puts every trigger exactly there.
 */
final class BenchMeetings {

    static final String ACCOUNT = "bench";
    static final String CALENDAR = "primary";

    /** Titles with a fitting number of people, so they classify as the type their title names. */
    private record Kind(String title, int people) {}

    private static final Kind[] KINDS = {
        new Kind("1:1 Dana / Lee", 2),
        new Kind("Leadership team weekly", 6),
        new Kind("Q2 QBR with ACME", 8),
        new Kind("Staff meeting", 10),
        new Kind("Post-mortem: SEV-1 checkout outage", 6),
        new Kind("Design review: onboarding flow", 4),
    };

    private BenchMeetings() {}

    /**
     * @param due the instant every meeting's prep falls due
     * @param now the time of the sync that will read them (before {@code due})
     */
    static List<CalendarEvent> dueAt(
            int count, Instant due, Instant now, MeetingClassifier classifier, ZoneId zone) {
        List<CalendarEvent> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Kind kind = KINDS[i % KINDS.length];
            // Classify once with any future start to learn the type's lead time, then place it.
            CalendarEvent probe = event(i, kind, due.plus(Duration.ofDays(1)), zone);
            Classification c = classifier.classify(probe, now);
            if (!c.prepNeeded()) {
                throw new IllegalStateException(
                        "The meeting type " + c.type() + " is not prepped; the bench needs it.");
            }
            out.add(event(i, kind, due.plus(Duration.ofHours(c.prepHoursBefore())), zone));
        }
        return List.copyOf(out);
    }

    /**
     * Stores {@code count} meetings due at {@code due} the way a sync does: through the calendar
     * monitor, which records the meetings and their MeetingRequiresPrep events.
     */
    static void store(
            Configuration config,
            int count,
            MeetingStore store,
            Clock clock,
            Instant due,
            ZoneId zone) {
        MeetingClassifier classifier = new MeetingClassifier(config.meetingTypes());
        List<CalendarEvent> events = dueAt(count, due, clock.instant(), classifier, zone);
        Account account = new Account(ACCOUNT, AccountKind.ICS, "bench", null, Map.of(), true);
        SyncRun sync =
                new CalendarMonitor(store, classifier, a -> calendar(events), clock, 1, 14)
                        .runOnce(List.of(account));
        if (!sync.errors().isEmpty() || sync.created() != count) {
            throw new IllegalStateException(
                    "The benchmark's meetings were not stored: " + sync.errors());
        }
    }

    /** A calendar that returns these events, all of them, on every fetch. */
    static CalendarSource calendar(List<CalendarEvent> events) {
        return request ->
                new FetchResult(
                        List.of(new CalendarFetch(CALENDAR, true, events, null)), List.of(), 1);
    }

    private static CalendarEvent event(int i, Kind kind, Instant start, ZoneId zone) {
        List<Attendee> people = new ArrayList<>();
        for (int a = 0; a < kind.people(); a++) {
            people.add(Attendee.person("p" + a + "@example.com"));
        }
        String id = "bench-" + i;
        return new CalendarEvent(
                CALENDAR,
                id,
                id,
                null,
                null,
                kind.title(),
                i % 3 == 0 ? "Agenda: review the numbers and decide next steps." : null,
                null,
                start.atZone(zone),
                start.plus(Duration.ofMinutes(45)).atZone(zone),
                false,
                MeetingStatus.CONFIRMED,
                "p0@example.com",
                people,
                null);
    }
}
