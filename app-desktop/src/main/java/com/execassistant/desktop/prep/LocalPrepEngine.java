package com.execassistant.desktop.prep;

import com.execassistant.core.prep.PrepBatch;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop's workflow engine. Each run's wake-up is its own stored {@code wake_at}; db-scheduler
 * on the workspace's H2 database keeps one durable tick, set to the earliest of them. A tick takes
 * every run that is due (and every run poked since the last tick) and drives them through their due
 * steps together: a round executes one step of each run, then stores all of them in one
 * transaction. Runs that fall due together are thus notified together (one digest) and cost one
 * commit per step for the whole batch instead of one per run (ADR 0313).
 *
 * <p>A restart loses nothing: the tick is durable and the runs' wake-ups are in their rows, so the
 * first tick after a start finds whatever fell due meanwhile.
 */
public final class LocalPrepEngine implements Wakeups, AutoCloseable {

    /** db-scheduler's name for the engine's tick. */
    public static final String TASK = "prep-tick";

    static final String INSTANCE = "due";
    private static final Logger LOG = LoggerFactory.getLogger(LocalPrepEngine.class);

    /** The most runs one tick takes; the rest follow in the next tick, at once. */
    static final int BATCH_LIMIT = 2000;

    /**
     * What the engine asks the workspace besides the runs.
     *
     * @param due the unfinished runs due at an instant, earliest first, at most so many
     * @param nextWake the earliest wake-up of any unfinished run, or null
     * @param lookAtOnStart the runs to look at once at start though not due (a Q&A that finished
     *     while the app was stopped, a reminder to plan again)
     */
    public record Queries(
            BiFunction<Instant, Integer, List<String>> due,
            Supplier<Instant> nextWake,
            Supplier<List<String>> lookAtOnStart) {}

    private final PrepRunStore runs;
    private final Clock clock;
    private final CustomTask<Void> task;
    private final Scheduler scheduler;
    private final Set<String> poked = ConcurrentHashMap.newKeySet();
    private final TickTime tickTime = new TickTime();
    private final Duration sweepInterval;
    private final ScheduledExecutorService sweeper =
            Executors.newSingleThreadScheduledExecutor(
                    r -> {
                        Thread t = new Thread(r, "prep-sweeper");
                        t.setDaemon(true);
                        return t;
                    });
    private volatile PrepWorkflow workflow;
    private volatile Queries queries;
    private final ReadAhead readAhead;
    private final java.util.concurrent.atomic.AtomicReference<Instant> retryAt =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicBoolean retrying =
            new java.util.concurrent.atomic.AtomicBoolean();

    public LocalPrepEngine(
            DataSource dataSource,
            PrepRunStore runs,
            Clock clock,
            Duration pollingInterval,
            int threads) {
        this.runs = runs;
        this.clock = clock;
        // Ten polls without the tick being picked up is already far outside normal behaviour.
        this.sweepInterval = pollingInterval.multipliedBy(10);
        this.readAhead = new ReadAhead(sweeper, this::readAheadFor, clock);
        this.task =
                Tasks.custom(TASK, Void.class)
                        .onFailureReschedule(FixedDelay.ofSeconds(10))
                        .execute(
                                (instance, ctx) -> {
                                    tickTime.started();
                                    tick();
                                    return (CompletionHandler<Void>)
                                            (complete, ops) -> {
                                                Instant next;
                                                try {
                                                    next = nextTick();
                                                } catch (RuntimeException e) {
                                                    // Cannot tell when: look again soon.
                                                    LOG.warn(
                                                            "Planning the next tick failed: {}",
                                                            e.getMessage());
                                                    next = clock.instant().plusSeconds(10);
                                                }
                                                tickTime.set(next);
                                                try {
                                                    if (next == null) {
                                                        ops.remove();
                                                    } else {
                                                        ops.reschedule(complete, next);
                                                    }
                                                } catch (RuntimeException e) {
                                                    // Not written: the engine knows nothing.
                                                    tickTime.set(null);
                                                    throw e;
                                                }
                                                readAhead.plan(next);
                                            };
                                });
        // No alwaysPersistTimestampInUTC: with it, db-scheduler binds times through a UTC
        // calendar, which H2 stores in the TIMESTAMP WITH TIME ZONE column shifted by the JVM's
        // offset (ADR 0008). Plain binding stores the true instant.
        this.scheduler =
                Scheduler.create(dataSource, task)
                        .clock(clock::instant)
                        .pollingInterval(pollingInterval)
                        .threads(threads)
                        .enableImmediateExecution()
                        // A tick left picked by a failure is released after six missed
                        // heartbeats: a minute, not the default half hour.
                        .heartbeatInterval(Duration.ofSeconds(10))
                        .deleteUnresolvedAfter(Duration.ofDays(1))
                        .build();
    }

    /** The workflow is built after the engine, since the workflow's ports need the engine. */
    public void bind(PrepWorkflow prepWorkflow) {
        this.workflow = prepWorkflow;
    }

    /**
     * @param releaseAbandoned frees the tick a dead process left picked
     */
    public void start(Runnable releaseAbandoned, Queries workspace) {
        if (workflow == null) {
            throw new IllegalStateException("bind the workflow before starting the engine");
        }
        this.queries = workspace;
        releaseAbandoned.run();
        // Wake-ups are durable, so only a few runs look at themselves though not due: those
        // whose Q&A finished while the wake-up was not yet written, and those waiting for the
        // reminder, whose time the meeting types (perhaps changed) decide.
        poked.addAll(workspace.lookAtOnStart().get());
        scheduler.start();
        arm(clock.instant());
        sweeper.scheduleWithFixedDelay(
                this::sweep,
                sweepInterval.toMillis(),
                sweepInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * The safety net: a due run while no tick is planned by now (a wake-up request lost between two
     * writes, whatever the cause) costs one sweep interval instead of a missed meeting.
     */
    private void sweep() {
        try {
            Instant now = clock.instant();
            // The database, not the engine's memory, decides here: that is what makes it a net.
            if (!tickTime.ticking()
                    && (!poked.isEmpty() || !queries.due().apply(now, 1).isEmpty())) {
                armChecked(now);
            }
            scheduler.triggerCheckForDueExecutions();
        } catch (RuntimeException e) {
            LOG.warn("Sweep for due runs failed: {}", e.getMessage());
        }
    }

    /**
     * Looks at the run at {@code at}. At or before now it is a poke: the run's current step is
     * executed at the next tick even if its own wake-up is later (answers finished, prep now);
     * waiting steps check the time themselves, so this is always safe.
     */
    @Override
    public void schedule(String runId, Instant at) {
        if (!at.isAfter(clock.instant())) {
            poked.add(runId);
        }
        arm(at);
    }

    /** A stopped run is stored finished, which every tick skips; only a pending poke goes. */
    @Override
    public void cancel(String runId) {
        poked.remove(runId);
    }

    /** Makes sure a tick happens no later than {@code at}. */
    private void arm(Instant at) {
        if (!tickTime.coveredBy(at)) {
            armChecked(at);
        }
    }

    /** As {@link #arm}, asking the database whatever the engine remembers. */
    private void armChecked(Instant at) {
        long seen = tickTime.generation();
        TaskInstanceId id = TaskInstanceId.of(TASK, INSTANCE);
        try {
            if (scheduler.scheduleIfNotExists(task.instance(INSTANCE), at)) {
                tickTime.lower(at, seen);
                readAhead.plan(at);
                return;
            }
            var planned = scheduler.getScheduledExecution(id);
            if (planned.isEmpty()) {
                retryArm(at); // removed between the two calls: plan it again
            } else if (planned.get().isPicked()) {
                // Ticking: its completion plans the next tick from what it is asked here, and
                // the retry covers a request that came after it looked.
                tickTime.request(at);
                retryArm(at);
            } else if (planned.get().getExecutionTime().isAfter(at)) {
                if (scheduler.reschedule(id, at)) {
                    tickTime.lower(at, seen);
                    readAhead.plan(at);
                } else {
                    retryArm(at);
                }
            } else {
                tickTime.lower(planned.get().getExecutionTime(), seen);
            }
        } catch (RuntimeException e) {
            LOG.debug("Could not plan the engine's tick yet: {}", e.getMessage());
            retryArm(at);
        }
    }

    /**
     * Asks again in 100 ms. One retry is pending at a time, for the earliest time asked: a burst of
     * requests during a long tick must not become a burst of queries.
     */
    private void retryArm(Instant at) {
        retryAt.accumulateAndGet(at, (a, b) -> a == null || b.isBefore(a) ? b : a);
        if (retrying.compareAndSet(false, true) && !sweeper.isShutdown()) {
            sweeper.schedule(
                    () -> {
                        retrying.set(false);
                        Instant again = retryAt.getAndSet(null);
                        if (again != null) {
                            armChecked(again);
                        }
                    },
                    100,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** When the next tick must happen: the earliest wake-up, a request, or now for a poke. */
    private Instant nextTick() {
        Instant next = earlier(tickTime.takeRequest(), queries.nextWake().get());
        return poked.isEmpty() ? next : earlier(next, clock.instant());
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    /** A batch with the meetings of the runs due at {@code at} already read. */
    private PrepBatch readAheadFor(Instant at) {
        PrepBatch batch = workflow.batch();
        List<String> ids = queries.due().apply(at, BATCH_LIMIT);
        if (!ids.isEmpty()) {
            batch.prefetch(runs.findAll(ids).stream().map(PrepRun::meetingId).distinct().toList());
        }
        return batch;
    }

    /** Drives every due and every poked run through its due steps, a round per step. */
    void tick() {
        Set<String> pokes = new LinkedHashSet<>();
        for (String id : List.copyOf(poked)) {
            if (poked.remove(id)) {
                pokes.add(id);
            }
        }
        try {
            Set<String> ids =
                    new LinkedHashSet<>(queries.due().apply(clock.instant(), BATCH_LIMIT));
            ids.addAll(pokes);
            PrepBatch batch = readAhead.take(clock.instant());
            new TickRounds(runs, workflow, clock)
                    .drive(ids, pokes, batch != null ? batch : workflow.batch());
        } catch (RuntimeException e) {
            poked.addAll(pokes); // not lost: the retried tick looks at them again
            throw e;
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        scheduler.stop();
    }
}
