package com.execassistant.desktop.prep;

import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepRunStore;
import com.execassistant.core.prep.PrepWorkflow;
import com.execassistant.core.prep.RunStatus;
import com.execassistant.core.prep.Wakeups;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop's workflow engine: db-scheduler on the workspace's H2 database is the durable timer,
 * one task instance per run. An execution drives its run through every step that is due, saving the
 * run after each one, then asks to be woken at the run's next time.
 *
 * <p>A restart loses nothing: db-scheduler keeps the wake-ups, and on start (and every sweep) the
 * runs that are due without a wake-up are found with one query, so a run whose wake-up was lost
 * between two writes is picked up again.
 */
public final class LocalPrepEngine implements Wakeups, AutoCloseable {

    static final String TASK = "prep-run";
    private static final Logger LOG = LoggerFactory.getLogger(LocalPrepEngine.class);
    private static final int MAX_STEPS_PER_EXECUTION = 32;

    private final PrepRunStore runs;
    private final Clock clock;
    private final CustomTask<Void> task;
    private final Scheduler scheduler;
    private final Set<String> poked = ConcurrentHashMap.newKeySet();
    private final java.util.Map<String, Object> runLocks = new ConcurrentHashMap<>();
    private volatile PrepWorkflow workflow;
    private volatile java.util.function.Function<Instant, List<String>> stranded = now -> List.of();
    private final Duration sweepInterval;
    private final java.util.concurrent.ScheduledExecutorService sweeper =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
                    r -> {
                        Thread t = new Thread(r, "prep-sweeper");
                        t.setDaemon(true);
                        return t;
                    });

    public LocalPrepEngine(
            DataSource dataSource,
            PrepRunStore runs,
            Clock clock,
            Duration pollingInterval,
            int threads) {
        this.runs = runs;
        this.clock = clock;
        // Ten polls without the run being picked up is already far outside normal behaviour.
        this.sweepInterval = pollingInterval.multipliedBy(10);
        this.task =
                Tasks.custom(TASK, Void.class)
                        .onFailureReschedule(FixedDelay.ofSeconds(30))
                        .execute(
                                (instance, ctx) -> {
                                    Instant next = drive(instance.getId());
                                    return (CompletionHandler<Void>)
                                            (complete, ops) -> {
                                                if (next == null) {
                                                    ops.remove();
                                                } else {
                                                    // A poke that came while the run executed
                                                    // must not wait for the run's own time.
                                                    ops.reschedule(
                                                            complete,
                                                            poked.contains(instance.getId())
                                                                    ? clock.instant()
                                                                    : next);
                                                }
                                            };
                                });
        // No alwaysPersistTimestampInUTC: with it, db-scheduler binds times through a UTC
        // calendar, which H2 stores in the TIMESTAMP WITH TIME ZONE column shifted by the JVM's
        // offset (measured: 9 h early in Tokyo, 5 h late in New York), so the sweep's query
        // compared wrong instants outside UTC. Plain binding stores the true instant.
        this.scheduler =
                Scheduler.create(dataSource, task)
                        .clock(clock::instant)
                        .pollingInterval(pollingInterval)
                        .threads(threads)
                        .enableImmediateExecution()
                        .deleteUnresolvedAfter(Duration.ofDays(1))
                        .build();
    }

    /** The workflow is built after the engine, since the workflow's ports need the engine. */
    public void bind(PrepWorkflow prepWorkflow) {
        this.workflow = prepWorkflow;
    }

    /**
     * @param releaseAbandoned frees executions a dead process left picked
     * @param strandedRuns the unfinished runs due at the given instant whose wake-up is missing or
     *     later, and that are not executing (one query, so a sweep stays cheap with many runs)
     * @param finishedChats the unfinished runs to look at once at start (a finished Q&A, a reminder
     *     to plan again)
     */
    public void start(
            Runnable releaseAbandoned,
            java.util.function.Function<Instant, List<String>> strandedRuns,
            java.util.function.Supplier<List<String>> finishedChats) {
        this.stranded = strandedRuns;
        if (workflow == null) {
            throw new IllegalStateException("bind the workflow before starting the engine");
        }
        releaseAbandoned.run();
        scheduler.start();
        // Wake-ups are durable, so only some runs look at themselves now: those due without a
        // wake-up, those whose Q&A finished while the wake-up was not yet written, and those
        // waiting for the reminder, whose time the meeting types (perhaps changed) decide. Waking
        // every unfinished run instead costs a committed
        // write per run and a burst of executions that slows the app's start with many meetings.
        Instant now = clock.instant();
        java.util.Set<String> wake = new java.util.LinkedHashSet<>(strandedRuns.apply(now));
        wake.addAll(finishedChats.get());
        for (String runId : wake) {
            schedule(runId, now);
        }
        sweeper.scheduleWithFixedDelay(
                () -> {
                    try {
                        sweep();
                    } catch (RuntimeException e) {
                        LOG.warn("Sweep for due runs failed: {}", e.getMessage());
                    }
                },
                sweepInterval.toMillis(),
                sweepInterval.toMillis(),
                java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /**
     * Looks for due runs whose wake-up is missing or later than due, and wakes them. db-scheduler
     * keeps wake-ups durable, so this should find nothing; it is the safety net that makes a lost
     * wake-up (from whatever cause) cost one sweep interval instead of a missed meeting.
     */
    void sweep() {
        Instant now = clock.instant();
        List<String> due = stranded.apply(now);
        for (String runId : due) {
            LOG.info("Run {} was due without a wake-up; waking it", runId);
            schedule(runId, now);
        }
        // Due executions the poller has not reached yet: ask it to look now rather than later.
        scheduler.triggerCheckForDueExecutions();
    }

    @Override
    public void schedule(String runId, Instant at) {
        poked.add(runId);
        arm(runId, at);
    }

    private void retryArm(String runId, Instant at, int triesLeft) {
        if (triesLeft <= 0 || sweeper.isShutdown()) {
            return;
        }
        sweeper.schedule(
                () -> {
                    try {
                        var e = scheduler.getScheduledExecution(TaskInstanceId.of(TASK, runId));
                        if (e.isEmpty()) {
                            return; // finished meanwhile
                        }
                        if (e.get().isPicked()) {
                            retryArm(runId, at, triesLeft - 1);
                        } else if (e.get().getExecutionTime().isAfter(at)
                                && !scheduler.reschedule(TaskInstanceId.of(TASK, runId), at)) {
                            retryArm(runId, at, triesLeft - 1);
                        }
                    } catch (RuntimeException ex) {
                        retryArm(runId, at, triesLeft - 1);
                    }
                },
                100,
                java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void arm(String runId, Instant at) {
        if (!scheduler.scheduleIfNotExists(task.instance(runId), at)) {
            boolean moved;
            try {
                moved = scheduler.reschedule(TaskInstanceId.of(TASK, runId), at);
            } catch (RuntimeException e) {
                moved = false;
            }
            if (!moved) {
                // Running right now (db-scheduler refuses to move a picked execution): its
                // completion sees the poke; in case it had already passed that point, try again.
                LOG.debug("Run {} is executing; it will look again when done", runId);
                retryArm(runId, at, 50);
            }
        }
    }

    @Override
    public void cancel(String runId) {
        try {
            scheduler.cancel(TaskInstanceId.of(TASK, runId));
        } catch (RuntimeException e) {
            LOG.debug("No pending wake-up to cancel for {}", runId);
        }
    }

    /**
     * Runs every due step of a run, saving after each.
     *
     * @return when to look at the run again, or null when it is finished
     */
    Instant drive(String runId) {
        // One driver per run at a time, whoever calls (db-scheduler or the sweeper).
        synchronized (runLocks.computeIfAbsent(runId, k -> new Object())) {
            return driveLocked(runId);
        }
    }

    private Instant driveLocked(String runId) {
        // A poke (answers finished, prep now) means: look at the current step even though its
        // wake-up is later. Waiting steps check the time themselves, so this is always safe.
        boolean poke = poked.remove(runId);
        PrepRun run = runs.find(runId).orElse(null);
        for (int i = 0; run != null && i < MAX_STEPS_PER_EXECUTION; i++) {
            if (run.status().finished()) {
                return null;
            }
            Instant now = clock.instant();
            // A retry waits out its backoff even when poked; other waits check their own time.
            boolean forced = poke && run.status() != RunStatus.RETRYING;
            if (!forced && run.wakeAt() != null && run.wakeAt().isAfter(now)) {
                break;
            }
            poke = false;
            PrepRun next = workflow.execute(run);
            if (stoppedMeanwhile(runId)) {
                return null;
            }
            run = next;
            runs.save(run);
        }
        if (run == null || run.status().finished()) {
            return null;
        }
        // A poke that came in meanwhile stays set for the next execution to take at its start:
        // taking it here would send that execution to sleep at the step's own wake-up.
        return poked.contains(runId) ? clock.instant() : run.wakeAt();
    }

    /**
     * Whether the run was cancelled or skipped while a step ran (the meeting was cancelled, the
     * user pressed Skip): the stop wins, so the step's result is dropped rather than stored over
     * it.
     */
    private boolean stoppedMeanwhile(String runId) {
        PrepRun stored = runs.find(runId).orElse(null);
        if (stored == null || stored.status().finished()) {
            LOG.info("Run {} was stopped while a step ran; the step's result is dropped", runId);
            return true;
        }
        return false;
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        scheduler.stop();
    }
}
