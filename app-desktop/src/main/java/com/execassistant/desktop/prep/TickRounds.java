package com.execassistant.desktop.prep;

import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepRunStore;
import com.execassistant.core.prep.PrepWorkflow;
import com.execassistant.core.prep.RunStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One tick of the engine: the runs it took, driven in rounds. Each round executes the current step
 * of every run that is due, drops the results of runs stopped meanwhile, and stores, in one
 * transaction, the runs that stopped going on (ADR 0313).
 */
final class TickRounds {

    private static final Logger LOG = LoggerFactory.getLogger(TickRounds.class);
    private static final int MAX_ROUNDS = 32;

    private final PrepRunStore runs;
    private final PrepWorkflow workflow;
    private final Clock clock;

    TickRounds(PrepRunStore runs, PrepWorkflow workflow, Clock clock) {
        this.runs = runs;
        this.workflow = workflow;
        this.clock = clock;
    }

    /**
     * @param ids the runs to look at: due now, or poked
     * @param pokes the poked ones, whose current step runs even if its own time is later
     * @param batch the batch to execute them in, perhaps with their meetings already read
     */
    void drive(Set<String> ids, Set<String> pokes, com.execassistant.core.prep.PrepBatch batch) {
        Instant start = clock.instant();
        List<PrepRun> active = unfinished(read(ids));
        if (LOG.isDebugEnabled() && !active.isEmpty()) {
            Instant earliest =
                    active.stream()
                            .map(PrepRun::wakeAt)
                            .filter(java.util.Objects::nonNull)
                            .min(Instant::compareTo)
                            .orElse(start);
            LOG.debug(
                    "Tick: {} runs ({} poked), {} ms after the earliest was due, read in {} ms",
                    active.size(),
                    pokes.size(),
                    java.time.Duration.between(earliest, start).toMillis(),
                    java.time.Duration.between(start, clock.instant()).toMillis());
        }
        java.util.Map<String, PrepRun> unsaved = new java.util.LinkedHashMap<>();
        for (int round = 0; round < MAX_ROUNDS && !active.isEmpty(); round++) {
            Instant now = clock.instant();
            boolean first = round == 0;
            List<PrepRun> ready =
                    active.stream()
                            .filter(r -> due(r, now, first && pokes.contains(r.runId())))
                            .toList();
            if (ready.isEmpty()) {
                break;
            }
            long begin = System.nanoTime();
            List<PrepRun> exec = batch.execute(ready);
            List<PrepRun> next = keepUnstopped(exec);
            if (next.size() < exec.size()) {
                // A stopped run's earlier, unstored step must not be stored over the stop either.
                Set<String> kept = new java.util.HashSet<>();
                next.forEach(r -> kept.add(r.runId()));
                exec.stream()
                        .filter(r -> !kept.contains(r.runId()))
                        .forEach(r -> unsaved.remove(r.runId()));
            }
            List<PrepRun> toSave = new ArrayList<>(next.size());
            Instant after = clock.instant();
            for (PrepRun r : next) {
                if (goesStraightOn(r, after)) {
                    unsaved.put(r.runId(), r);
                } else {
                    unsaved.remove(r.runId());
                    toSave.add(r);
                }
            }
            store(toSave);
            if (LOG.isDebugEnabled()) {
                LOG.debug(
                        "Round {}: {} runs from {}, {} stored, {} ms",
                        round,
                        ready.size(),
                        ready.get(0).step(),
                        toSave.size(),
                        (System.nanoTime() - begin) / 1_000_000);
            }
            active = unfinished(next);
        }
        store(List.copyOf(unsaved.values()));
    }

    /**
     * Whether the run goes straight on to its next step. It is stored only when it stops (waits,
     * retries, fails, finishes): every step in between is idempotent (context kept in the run,
     * notifications deduplicated by their record, materials staged and published at a fixed place),
     * so a crash before the store repeats them at no cost to the user, and a burst costs a commit
     * per wait instead of one per step. Runs stopped in between are found at start: they are due,
     * or their finished Q&A wakes them (ADR 0313).
     */
    private static boolean goesStraightOn(PrepRun r, Instant now) {
        // Just notified (prep, materials): stored at once, so that what the user does next (an
        // answer, a cancellation notice) finds the run where the message left it.
        boolean justSent =
                r.step() == com.execassistant.core.prep.PrepStep.WAIT_FOR_CHAT_COMPLETION
                        || r.step() == com.execassistant.core.prep.PrepStep.WAIT_UNTIL_REMINDER;
        return !justSent
                && r.status() == RunStatus.ACTIVE
                && r.wakeAt() != null
                && !r.wakeAt().isAfter(now);
    }

    /** The runs, read together; one that cannot be read must not keep the others waiting. */
    private List<PrepRun> read(Set<String> ids) {
        try {
            return runs.findAll(ids);
        } catch (RuntimeException e) {
            List<PrepRun> found = new ArrayList<>();
            for (String id : ids) {
                try {
                    runs.find(id).ifPresent(found::add);
                } catch (RuntimeException one) {
                    LOG.warn("Run {} cannot be read and waits: {}", id, one.getMessage());
                }
            }
            return found;
        }
    }

    /** Stores together; if that fails, one by one, so that one bad row stops only its run. */
    private void store(List<PrepRun> batch) {
        try {
            runs.saveAll(batch);
        } catch (RuntimeException e) {
            for (PrepRun r : batch) {
                try {
                    runs.save(r);
                } catch (RuntimeException one) {
                    LOG.warn("Run {} cannot be stored: {}", r.runId(), one.getMessage());
                }
            }
        }
    }

    /** A retry waits out its backoff even when poked; other waits check their own time. */
    private static boolean due(PrepRun r, Instant now, boolean poked) {
        if (poked && r.status() != RunStatus.RETRYING) {
            return true;
        }
        return r.wakeAt() == null || !r.wakeAt().isAfter(now);
    }

    private static List<PrepRun> unfinished(List<PrepRun> batch) {
        return batch.stream().filter(r -> !r.status().finished()).toList();
    }

    /**
     * Drops the results of runs that were cancelled or skipped while their step ran (the meeting
     * was cancelled, the user pressed Skip): the stop wins over a step in flight (ADR 0300).
     */
    private List<PrepRun> keepUnstopped(List<PrepRun> results) {
        Set<String> stopped = runs.stoppedAmong(results.stream().map(PrepRun::runId).toList());
        if (stopped.isEmpty()) {
            return results;
        }
        List<PrepRun> kept = new ArrayList<>(results.size());
        for (PrepRun r : results) {
            if (stopped.contains(r.runId())) {
                LOG.info(
                        "Run {} was stopped while a step ran; the step's result is dropped",
                        r.runId());
            } else {
                kept.add(r);
            }
        }
        return kept;
    }
}
