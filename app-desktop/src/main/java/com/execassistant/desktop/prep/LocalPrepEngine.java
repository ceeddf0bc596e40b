package com.execassistant.desktop.prep;

import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepRunStore;
import com.execassistant.core.prep.PrepWorkflow;
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
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop's workflow engine: db-scheduler on the workspace's H2 database is the durable timer,
 * one task instance per run. An execution drives its run through every step that is due, saving the
 * run after each one, then asks to be woken at the run's next time.
 *
 * <p>A restart loses nothing: db-scheduler keeps the wake-ups, and on start every unfinished run is
 * looked at once, so a run whose wake-up was lost between two writes is picked up again.
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
    private volatile PrepWorkflow workflow;
    private final Duration sweepInterval;
    private final Duration retryInterval;
    private volatile Function<Instant, List<String>> stranded = now -> List.of();
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
        this.retryInterval = pollingInterval;
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
                                                    ops.reschedule(complete, next);
                                                }
                                            };
                                });
        this.scheduler =
                Scheduler.create(dataSource, task)
                        .clock(clock::instant)
                        .pollingInterval(pollingInterval)
                        .threads(threads)
                        .enableImmediateExecution()
                        .alwaysPersistTimestampInUTC()
                        .deleteUnresolvedAfter(Duration.ofDays(1))
                        .build();
    }

    /** The workflow is built after the engine, since the workflow's ports need the engine. */
    public void bind(PrepWorkflow prepWorkflow) {
        this.workflow = prepWorkflow;
    }

    /**
     * @param strandedRuns the unfinished runs that are due at the given instant but have no wake-up
     *     pending at or before it (none should exist; see {@link #sweep})
     */
    public void start(Runnable releaseAbandoned, Function<Instant, List<String>> strandedRuns) {
        if (workflow == null) {
            throw new IllegalStateException("bind the workflow before starting the engine");
        }
        this.stranded = strandedRuns;
        releaseAbandoned.run();
        scheduler.start();
        // Every unfinished run looks at itself once: a wake-up lost in a crash costs nothing.
        Instant now = clock.instant();
        for (PrepRun r : runs.unfinished()) {
            schedule(r.runId(), now);
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
                TimeUnit.MILLISECONDS);
    }

    /**
     * Wakes due runs whose wake-up is missing or later than due. db-scheduler keeps wake-ups
     * durable, so this should find nothing; it is the safety net that makes a lost wake-up (from
     * whatever cause) cost one sweep interval instead of a missed meeting. One query finds them, so
     * sweeping stays cheap however many runs are in flight.
     */
    void sweep() {
        for (String runId : stranded.apply(clock.instant())) {
            LOG.info("Run {} was due without a wake-up; waking it", runId);
            schedule(runId, clock.instant());
        }
    }

    @Override
    public void schedule(String runId, Instant at) {
        poked.add(runId);
        wake(runId, at);
    }

    private void wake(String runId, Instant at) {
        if (scheduler.scheduleIfNotExists(task.instance(runId), at)) {
            return;
        }
        try {
            scheduler.reschedule(TaskInstanceId.of(TASK, runId), at);
        } catch (RuntimeException e) {
            // Running right now: drive() sees the poke and runs the run again at once - unless it
            // has already made its last check and is about to store a later wake-up. So look
            // again shortly, until the run has taken the poke or the wake-up could be written.
            LOG.debug("Run {} is executing; it will look again when done", runId);
            if (poked.contains(runId)) {
                try {
                    sweeper.schedule(
                            () -> wake(runId, at), retryInterval.toMillis(), TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.RejectedExecutionException closing) {
                    // The engine is stopping; at the next start every unfinished run is looked at.
                }
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
        // A poke (answers finished, prep now) means: look at the current step even though its
        // wake-up is later. Waiting steps check the time themselves, so this is always safe.
        boolean poke = poked.remove(runId);
        PrepRun run = runs.find(runId).orElse(null);
        for (int i = 0; run != null && i < MAX_STEPS_PER_EXECUTION; i++) {
            if (run.status().finished()) {
                return null;
            }
            Instant now = clock.instant();
            if (!poke && run.wakeAt() != null && run.wakeAt().isAfter(now)) {
                break;
            }
            poke = false;
            run = workflow.execute(run);
            runs.save(run);
        }
        if (run == null || run.status().finished()) {
            return null;
        }
        // A poke that came in meanwhile stays set for the next execution to take at its start:
        // taking it here would send that execution to sleep at the step's own wake-up.
        return poked.contains(runId) ? clock.instant() : run.wakeAt();
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        scheduler.stop();
    }
}
