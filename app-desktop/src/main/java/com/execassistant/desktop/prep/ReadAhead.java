package com.execassistant.desktop.prep;

import com.execassistant.core.prep.PrepBatch;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the meetings of the runs falling due at the next tick shortly before it, so that the tick
 * starts with its steps rather than with reading (and parsing) a thousand meetings. Only reading
 * moves ahead; every step still runs at its time. A meeting that changes in between is a new
 * revision, whose event stops the run as it would have anyway.
 */
final class ReadAhead {

    /** How long before the tick the meetings are read. */
    static final Duration AHEAD = Duration.ofMillis(500);

    /** A read-ahead older than this after its tick is not used. */
    static final Duration KEPT = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(ReadAhead.class);

    private record Prepared(Instant at, PrepBatch batch) {}

    private final ScheduledExecutorService executor;
    private final Function<Instant, PrepBatch> read;
    private final Clock clock;
    private Instant plannedFor;
    private ScheduledFuture<?> pending;
    private volatile Prepared ready;

    /**
     * @param read reads the meetings of the runs due at an instant into a new batch
     */
    ReadAhead(ScheduledExecutorService executor, Function<Instant, PrepBatch> read, Clock clock) {
        this.executor = executor;
        this.read = read;
        this.clock = clock;
    }

    /** The next tick is at {@code at}: read its meetings shortly before, if there is time. */
    synchronized void plan(Instant at) {
        if (at == null || at.equals(plannedFor) || executor.isShutdown()) {
            return;
        }
        long delay = Duration.between(clock.instant(), at.minus(AHEAD)).toMillis();
        if (delay < 0) {
            return; // too close: the tick reads them itself
        }
        if (pending != null) {
            pending.cancel(false);
        }
        plannedFor = at;
        pending = executor.schedule(() -> prepare(at), delay, TimeUnit.MILLISECONDS);
    }

    private void prepare(Instant at) {
        try {
            ready = new Prepared(at, read.apply(at));
        } catch (RuntimeException e) {
            LOG.debug("Reading ahead of the tick at {} failed: {}", at, e.getMessage());
        }
    }

    /** The batch read for a tick happening now, or null when there is none to use. */
    PrepBatch take(Instant now) {
        Prepared p = ready;
        if (p == null || now.isBefore(p.at())) {
            return null; // nothing read, or read for a later tick: keep it
        }
        ready = null;
        return now.isAfter(p.at().plus(KEPT)) ? null : p.batch();
    }
}
