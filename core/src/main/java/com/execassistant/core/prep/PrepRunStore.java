package com.execassistant.core.prep;

import java.util.List;
import java.util.Optional;

/** Where prep runs are kept; {@link #save} is durable before it returns. */
public interface PrepRunStore {

    Optional<PrepRun> find(String runId);

    void save(PrepRun run);

    /**
     * Saves several runs, durable before it returns; stores should make this one transaction, so a
     * batch of runs costs one commit.
     */
    default void saveAll(List<PrepRun> batch) {
        batch.forEach(this::save);
    }

    /** The runs with these ids that exist, in no particular order. */
    default List<PrepRun> findAll(java.util.Collection<String> runIds) {
        return runIds.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Which of these runs are stored as finished (cancelled, skipped, ...). */
    default java.util.Set<String> stoppedAmong(java.util.Collection<String> runIds) {
        return findAll(runIds).stream()
                .filter(r -> r.status().finished())
                .map(PrepRun::runId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Runs of one meeting, every revision, newest first. */
    List<PrepRun> forMeeting(String meetingId);

    /** Every run not finished, oldest first. */
    List<PrepRun> unfinished();

    /** The most recent runs, newest first. */
    List<PrepRun> recent(int limit);

    /**
     * Brings a run that waits for its Q&A to wake no later than {@code at} (a snooze's nudge), so
     * the nudge survives a restart through the run's own stored wake-up. Only a run still waiting
     * for answers (not one waiting out a retry's backoff) is touched. Stores should do this in one
     * statement; this default reads then writes, which a step finishing in between could undo.
     */
    default void wakeWaitingRunBy(String runId, java.time.Instant at) {
        find(runId)
                .filter(r -> r.status() == RunStatus.ACTIVE)
                .filter(r -> r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION)
                .filter(r -> r.wakeAt() == null || r.wakeAt().isAfter(at))
                .ifPresent(r -> save(r.waitUntil(at, r.updatedAt())));
    }
}
