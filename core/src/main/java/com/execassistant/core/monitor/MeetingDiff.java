package com.execassistant.core.monitor;

import com.execassistant.core.calendar.CalendarFetch;
import com.execassistant.core.classify.Classification;
import com.execassistant.core.classify.MeetingClassifier;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.MeetingStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares one calendar's fetch with what is stored and works out the writes and prep events. Pure:
 * no I/O, so the rules can be tested as a table.
 */
final class MeetingDiff {

    private final MeetingClassifier classifier;
    private final SyncWindow window;
    private final Instant now;
    private final TypeOverrides overrides;

    MeetingDiff(MeetingClassifier classifier, SyncWindow window, Instant now) {
        this(classifier, window, now, TypeOverrides.NONE);
    }

    MeetingDiff(
            MeetingClassifier classifier, SyncWindow window, Instant now, TypeOverrides overrides) {
        this.classifier = classifier;
        this.window = window;
        this.now = now;
        this.overrides = overrides;
    }

    CalendarChanges diff(String accountId, CalendarFetch fetch, Map<String, MeetingRecord> stored) {
        List<MeetingRecord> writes = new ArrayList<>();
        List<PrepEvent> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        ChosenTypes chosen = new ChosenTypes(overrides.forAccount(accountId));
        int created = 0;
        int updated = 0;
        int cancelled = 0;
        for (CalendarEvent event : fetch.events()) {
            seen.add(event.externalId());
            MeetingRecord old = stored.get(event.externalId());
            if (event.isCancelled()) {
                if (old != null && !old.event().isCancelled()) {
                    cancel(old, event, "The meeting was cancelled.", writes, events);
                    cancelled++;
                }
                continue;
            }
            if (old == null && !window.overlaps(event)) {
                continue; // incremental changes may lie outside the window
            }
            MeetingRecord next = record(accountId, event, old, chosen);
            if (old == null) {
                writes.add(next);
                created++;
                if (next.prepNeeded()) {
                    events.add(requiresPrep(next));
                }
            } else if (next.revision() != old.revision()) {
                changed(old, next, writes, events);
                updated++;
            }
        }
        if (fetch.complete()) {
            for (MeetingRecord old : stored.values()) {
                if (!seen.contains(old.event().externalId())
                        && !old.event().isCancelled()
                        && window.overlaps(old.event())) {
                    cancel(
                            old,
                            old.event(),
                            "The meeting was deleted from the calendar.",
                            writes,
                            events);
                    cancelled++;
                }
            }
        }
        return new CalendarChanges(
                accountId,
                fetch.calendarId(),
                writes,
                events,
                fetch.nextSyncState(),
                created,
                updated,
                cancelled);
    }

    /**
     * One stored meeting classified again, as a sync would, after the user's type choice changed: a
     * different type or trigger is a new revision with its prep event; the same type with a new
     * explanation only rewrites the explanation.
     *
     * @param syncState the calendar's current sync state, kept as it is
     */
    CalendarChanges reclassify(MeetingRecord old, String syncState) {
        List<MeetingRecord> writes = new ArrayList<>();
        List<PrepEvent> events = new ArrayList<>();
        if (!old.event().isCancelled()) {
            ChosenTypes chosen = new ChosenTypes(overrides.forAccount(old.accountId()));
            MeetingRecord next = record(old.accountId(), old.event(), old, chosen);
            if (next.revision() != old.revision()) {
                changed(old, next, writes, events);
            } else if (!Objects.equals(next.rule(), old.rule())) {
                writes.add(next);
            }
        }
        return new CalendarChanges(
                old.accountId(), old.calendarId(), writes, events, syncState, 0, writes.size(), 0);
    }

    /** A new revision of a stored meeting, and what it means for its prep. */
    private void changed(
            MeetingRecord old,
            MeetingRecord next,
            List<MeetingRecord> writes,
            List<PrepEvent> events) {
        writes.add(next);
        if (next.prepNeeded()) {
            events.add(requiresPrep(next));
        } else if (old.prepNeeded()) {
            events.add(cancelledEvent(next, next.rule()));
        }
    }

    /** The classifier's decision, unless the user chose a type that is still configured. */
    private Classification classify(CalendarEvent event, String meetingId, ChosenTypes chosen) {
        return chosen.find(meetingId, event.seriesId())
                .flatMap(o -> classifier.classifyAs(event, now, o.type(), o.rule()))
                .orElseGet(() -> classifier.classify(event, now));
    }

    private MeetingRecord record(
            String accountId, CalendarEvent event, MeetingRecord old, ChosenTypes chosen) {
        String id =
                old != null
                        ? old.id()
                        : Fingerprint.meetingId(accountId, event.calendarId(), event.externalId());
        Classification c = classify(event, id, chosen);
        Instant trigger =
                c.prepNeeded()
                        ? event.startInstant().minusSeconds(3600L * c.prepHoursBefore())
                        : null;
        String fingerprint = Fingerprint.of(event);
        int revision = 1;
        if (old != null) {
            boolean same =
                    old.fingerprint().equals(fingerprint)
                            && Objects.equals(old.prepTrigger(), trigger)
                            && old.type().equals(c.type());
            revision = same ? old.revision() : old.revision() + 1;
        }
        return new MeetingRecord(
                id,
                accountId,
                event,
                fingerprint,
                revision,
                c.type(),
                c.rule(),
                c.prepHoursBefore(),
                trigger);
    }

    private void cancel(
            MeetingRecord old,
            CalendarEvent latest,
            String reason,
            List<MeetingRecord> writes,
            List<PrepEvent> events) {
        // Keep the stored details: a cancellation may arrive as a bare id with no times.
        CalendarEvent kept = old.event().withStatus(MeetingStatus.CANCELLED);
        MeetingRecord next =
                new MeetingRecord(
                        old.id(),
                        old.accountId(),
                        kept,
                        Fingerprint.of(kept),
                        old.revision() + 1,
                        old.type(),
                        old.rule(),
                        old.prepHoursBefore(),
                        null);
        writes.add(next);
        events.add(cancelledEvent(next, reason));
    }

    private PrepEvent requiresPrep(MeetingRecord m) {
        boolean late = m.prepTrigger().isBefore(now);
        return new PrepEvent(
                m.id(),
                m.revision(),
                PrepEvent.Kind.MEETING_REQUIRES_PREP,
                m.accountId(),
                m.type(),
                m.event().startInstant(),
                late ? now : m.prepTrigger(),
                late,
                null,
                now);
    }

    private PrepEvent cancelledEvent(MeetingRecord m, String reason) {
        return new PrepEvent(
                m.id(),
                m.revision(),
                PrepEvent.Kind.MEETING_CANCELLED,
                m.accountId(),
                m.type(),
                m.event().startInstant(),
                null,
                false,
                reason,
                now);
    }
}
