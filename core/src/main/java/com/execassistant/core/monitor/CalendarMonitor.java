package com.execassistant.core.monitor;

import com.execassistant.core.account.Account;
import com.execassistant.core.calendar.CalendarFetch;
import com.execassistant.core.calendar.CalendarSource;
import com.execassistant.core.calendar.FetchRequest;
import com.execassistant.core.calendar.FetchResult;
import com.execassistant.core.calendar.SkippedEvent;
import com.execassistant.core.classify.MeetingClassifier;
import com.execassistant.core.meeting.CalendarEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over every active account: fetch the window, compare with the store, record new, updated
 * and cancelled meetings and the prep events they cause.
 *
 * <p>Each calendar's changes are committed on their own, with its sync state, so a run stopped
 * half-way keeps what it finished and the next run picks up the rest. One account failing is
 * recorded and the others go on.
 */
public final class CalendarMonitor {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarMonitor.class);

    private final MeetingStore store;
    private final MeetingClassifier classifier;
    private final Function<Account, CalendarSource> sources;
    private final Clock clock;
    private final int daysBehind;
    private final int daysAhead;
    private final TypeOverrides overrides;

    public CalendarMonitor(
            MeetingStore store,
            MeetingClassifier classifier,
            Function<Account, CalendarSource> sources,
            Clock clock,
            int daysBehind,
            int daysAhead) {
        this(store, classifier, sources, clock, daysBehind, daysAhead, TypeOverrides.NONE);
    }

    /**
     * @param overrides the user's type choices, applied in place of the classifier's type on every
     *     sync
     */
    public CalendarMonitor(
            MeetingStore store,
            MeetingClassifier classifier,
            Function<Account, CalendarSource> sources,
            Clock clock,
            int daysBehind,
            int daysAhead,
            TypeOverrides overrides) {
        this.overrides = overrides;
        this.store = store;
        this.classifier = classifier;
        this.sources = sources;
        this.clock = clock;
        this.daysBehind = daysBehind;
        this.daysAhead = daysAhead;
    }

    public SyncRun runOnce(List<Account> accounts) {
        Instant started = clock.instant();
        SyncWindow window = SyncWindow.around(started, daysBehind, daysAhead);
        MeetingDiff diff = new MeetingDiff(classifier, window, started, overrides);
        Tally tally = new Tally();
        int active = 0;
        for (Account account : accounts) {
            if (!account.active()) {
                continue;
            }
            active++;
            try {
                syncAccount(account, window, diff, tally);
            } catch (RuntimeException e) {
                // One account's trouble must not stop the others; the message is for the user.
                String message = account.id() + ": " + plain(e);
                LOG.warn("Sync of account {} failed: {}", account.id(), plain(e));
                tally.errors.add(message);
            }
        }
        SyncRun run =
                new SyncRun(
                        started,
                        clock.instant(),
                        active,
                        tally.fetched,
                        tally.created,
                        tally.updated,
                        tally.cancelled,
                        tally.apiCalls,
                        tally.errors,
                        tally.skipped);
        store.recordRun(run);
        return run;
    }

    /**
     * Classifies one stored meeting again after the user's type choice for it changed, through the
     * same rules as a sync: a new type is a new revision, whose prep event replaces the run.
     *
     * @return what was written (nothing when the type and its explanation stay the same)
     */
    public CalendarChanges reclassify(MeetingRecord meeting) {
        Instant now = clock.instant();
        MeetingDiff diff =
                new MeetingDiff(
                        classifier, SyncWindow.around(now, daysBehind, daysAhead), now, overrides);
        CalendarChanges changes =
                diff.reclassify(
                        meeting, store.syncStates(meeting.accountId()).get(meeting.calendarId()));
        if (!changes.writes().isEmpty()) {
            store.apply(changes);
        }
        return changes;
    }

    private void syncAccount(Account account, SyncWindow window, MeetingDiff diff, Tally tally) {
        CalendarSource source = sources.apply(account);
        FetchResult result =
                source.fetch(
                        new FetchRequest(
                                window.from(), window.to(), store.syncStates(account.id())));
        tally.apiCalls += result.apiCalls();
        tally.skipped.addAll(result.skipped());
        for (CalendarFetch fetch : result.calendars()) {
            tally.fetched += fetch.events().size();
            CalendarChanges changes =
                    diff.diff(account.id(), withOwner(fetch, account), stored(account, fetch));
            store.apply(changes);
            tally.created += changes.created();
            tally.updated += changes.updated();
            tally.cancelled += changes.cancelled();
        }
    }

    private Map<String, MeetingRecord> stored(Account account, CalendarFetch fetch) {
        if (fetch.complete()) {
            return store.meetings(account.id(), fetch.calendarId());
        }
        if (fetch.events().isEmpty()) {
            return Map.of();
        }
        return store.meetings(
                account.id(),
                fetch.calendarId(),
                fetch.events().stream().map(CalendarEvent::externalId).toList());
    }

    private static CalendarFetch withOwner(CalendarFetch fetch, Account account) {
        if (account.ownerEmail() == null) {
            return fetch;
        }
        return new CalendarFetch(
                fetch.calendarId(),
                fetch.complete(),
                fetch.events().stream().map(e -> e.withSelf(account.ownerEmail())).toList(),
                fetch.nextSyncState());
    }

    private static String plain(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static final class Tally {
        int fetched;
        int created;
        int updated;
        int cancelled;
        int apiCalls;
        final List<String> errors = new ArrayList<>();
        final List<SkippedEvent> skipped = new ArrayList<>();
    }
}
