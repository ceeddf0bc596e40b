package com.execassistant.core.prep;

import com.execassistant.core.chat.ChatService;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.monitor.PrepEvent;
import com.execassistant.core.notify.NotificationDispatcher;
import com.execassistant.core.notify.NotificationException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns calendar events and the user's commands into runs: starts a run per meeting revision,
 * replaces it when the meeting moves, stops it when the meeting is cancelled (telling the user if
 * they had already been asked to prep), and handles prep now, skip and retry.
 */
public final class PrepCoordinator {

    private static final Logger LOG = LoggerFactory.getLogger(PrepCoordinator.class);

    private final PrepRunStore runs;
    private final MeetingLookup meetings;
    private final Wakeups wakeups;
    private final ChatService chat;
    private final NotificationDispatcher notifications;
    private final WorkingHours workingHours;
    private final Predicate<MeetingRecord> skipped;
    private final Clock clock;

    /**
     * @param skipped whether the user chose to skip a meeting (or its whole series)
     */
    public PrepCoordinator(
            PrepRunStore runs,
            MeetingLookup meetings,
            Wakeups wakeups,
            ChatService chat,
            NotificationDispatcher notifications,
            WorkingHours workingHours,
            Predicate<MeetingRecord> skipped,
            Clock clock) {
        this.runs = runs;
        this.meetings = meetings;
        this.wakeups = wakeups;
        this.chat = chat;
        this.notifications = notifications;
        this.workingHours = workingHours;
        this.skipped = skipped;
        this.clock = clock;
    }

    /** Applies one persisted calendar event; safe to call again with the same event. */
    public void onEvent(PrepEvent event) {
        switch (event.kind()) {
            case MEETING_REQUIRES_PREP -> requiresPrep(event);
            case MEETING_CANCELLED ->
                    stopRuns(event.meetingId(), event.revision(), RunStatus.CANCELLED, true);
        }
    }

    private void requiresPrep(PrepEvent event) {
        String runId = PrepRun.idFor(event.meetingId(), event.revision());
        if (runs.find(runId).isPresent()) {
            return; // the event was applied before a crash
        }
        Optional<MeetingRecord> meeting = meetings.find(event.meetingId());
        if (meeting.isEmpty()) {
            return;
        }
        // A moved or edited meeting: the older revision's run gives way to this one.
        stopRuns(event.meetingId(), event.revision(), RunStatus.CANCELLED, false);
        Instant now = clock.instant();
        Instant trigger = event.prepTriggerTime() == null ? now : event.prepTriggerTime();
        Instant wake = workingHours.adjust(trigger, event.meetingStart());
        if (wake.isBefore(now)) {
            wake = now;
        }
        PrepRun run =
                PrepRun.scheduled(
                        event.meetingId(),
                        event.revision(),
                        event.accountId(),
                        event.meetingType(),
                        wake,
                        now);
        if (skipped.test(meeting.get())) {
            run = run.at(PrepStep.DONE, RunStatus.SKIPPED, null, now);
            runs.save(run);
            return;
        }
        runs.save(run);
        wakeups.schedule(runId, wake);
    }

    /** Stops unfinished runs of older revisions (or all, for a cancellation) of a meeting. */
    private void stopRuns(String meetingId, int upToRevision, RunStatus status, boolean tell) {
        Instant now = clock.instant();
        for (PrepRun r : runs.forMeeting(meetingId)) {
            if (r.status().finished() || (!tell && r.revision() >= upToRevision)) {
                continue;
            }
            runs.save(r.at(PrepStep.DONE, status, null, now));
            wakeups.cancel(r.runId());
            chat.cancel(r.runId());
            if (tell && r.notifiedAt() != null) {
                tellCancelled(r);
            }
        }
    }

    private void tellCancelled(PrepRun r) {
        meetings.find(r.meetingId())
                .ifPresent(
                        m -> {
                            try {
                                notifications.deliver(PrepMessages.cancelled(r, m), "");
                            } catch (NotificationException e) {
                                LOG.warn(
                                        "Could not tell the user that {} was cancelled: {}",
                                        r.meetingId(),
                                        e.getMessage());
                            }
                        });
    }

    /** Prep now, ignoring the trigger: the current revision's run, created if needed. */
    public PrepRun startNow(String meetingId) {
        MeetingRecord m =
                meetings.find(meetingId)
                        .orElseThrow(
                                () -> new PrepException("There is no meeting " + meetingId + "."));
        if (m.event().isCancelled()) {
            throw new PrepException("That meeting was cancelled.");
        }
        Instant now = clock.instant();
        String runId = PrepRun.idFor(meetingId, m.revision());
        PrepRun run =
                runs.find(runId)
                        .orElseGet(
                                () ->
                                        PrepRun.scheduled(
                                                meetingId,
                                                m.revision(),
                                                m.accountId(),
                                                m.type(),
                                                now,
                                                now));
        if (run.status() == RunStatus.SKIPPED || run.status() == RunStatus.CANCELLED) {
            // The run starts over under the same id: its Q&A, cancelled by the skip, must ask
            // again rather than count as finished and make materials without answers.
            chat.reopen(runId);
            run = PrepRun.scheduled(meetingId, m.revision(), m.accountId(), m.type(), now, now);
        } else if (run.status() == RunStatus.FAILED || run.status() == RunStatus.RETRYING) {
            run = run.at(run.step(), RunStatus.ACTIVE, now, now); // prep now = try again now
        } else if (run.step() == PrepStep.WAIT_UNTIL_PREP_TIME) {
            run = run.waitUntil(now, now);
        }
        runs.save(run);
        wakeups.schedule(runId, now);
        return run;
    }

    /** The user does not want prep for this run's meeting. */
    public void skip(PrepRun run) {
        Instant now = clock.instant();
        runs.save(run.at(PrepStep.DONE, RunStatus.SKIPPED, null, now));
        wakeups.cancel(run.runId());
        chat.cancel(run.runId());
    }

    /**
     * Undoes a skip made moments ago: the run resumes as it was before (same step, same answers,
     * same wake-up), rather than a new run starting over and asking again.
     *
     * @param before the run as it was just before the skip
     * @throws PrepException when the run is no longer skipped or the meeting has changed since
     */
    public PrepRun unskip(PrepRun before) {
        PrepRun stored =
                runs.find(before.runId())
                        .orElseThrow(() -> new PrepException("That prep is no longer around."));
        if (stored.status() != RunStatus.SKIPPED || before.status().finished()) {
            throw new PrepException("The skip can no longer be undone.");
        }
        boolean newer =
                runs.forMeeting(before.meetingId()).stream()
                        .anyMatch(r -> r.revision() > before.revision());
        if (newer) {
            throw new PrepException(
                    "The skip can no longer be undone: the meeting has changed since.");
        }
        // The Q&A reopens first: a run unfinished again with its Q&A still cancelled would make
        // materials without answers if it woke in between.
        chat.reopen(before.runId());
        runs.save(before);
        // Every waiting step checks its own time, so looking at the run now is always safe.
        wakeups.schedule(before.runId(), clock.instant());
        return before;
    }

    /** Tries a failed run again from the step that failed. */
    public PrepRun retry(String runId) {
        PrepRun run =
                runs.find(runId)
                        .orElseThrow(
                                () -> new PrepException("There is no prep run " + runId + "."));
        if (run.status() != RunStatus.FAILED && run.status() != RunStatus.RETRYING) {
            throw new PrepException(
                    "Run "
                            + runId
                            + " has not failed; it is "
                            + run.status().name().toLowerCase(java.util.Locale.ROOT)
                            + ".");
        }
        Instant now = clock.instant();
        PrepRun again = run.at(run.step(), RunStatus.ACTIVE, now, now);
        runs.save(again);
        wakeups.schedule(runId, now);
        return again;
    }

    /** The Q&A finished: run the waiting step now instead of at its deadline. */
    public void chatFinished(String runId) {
        runs.find(runId)
                .filter(r -> !r.status().finished())
                .ifPresent(r -> wakeups.schedule(runId, clock.instant()));
    }

    /** Runs that can still change, for the engine to re-arm after a restart. */
    public Set<String> unfinishedRunIds() {
        return runs.unfinished().stream()
                .map(PrepRun::runId)
                .collect(java.util.stream.Collectors.toSet());
    }
}
