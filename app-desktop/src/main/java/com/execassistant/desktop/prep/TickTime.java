package com.execassistant.desktop.prep;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the engine knows in memory about its planned tick, so that asking for a tick already planned
 * early enough costs no database round trip (creating a thousand runs asks a thousand times).
 */
final class TickTime {

    private boolean ticking;
    private Instant planned;
    private long generation;
    private final AtomicReference<Instant> requested = new AtomicReference<>();

    /** A tick started: nothing is planned until it completes. */
    synchronized void started() {
        generation++;
        ticking = true;
        planned = null;
    }

    /**
     * The tick completed and plans the next one at {@code next} (null: none). Called before the
     * plan is written, so that no later tick can have started yet.
     */
    synchronized void set(Instant next) {
        planned = next;
        ticking = false;
    }

    synchronized boolean ticking() {
        return ticking;
    }

    /** Which tick we are at: taken before planning, so that a plan made stale is not kept. */
    synchronized long generation() {
        return generation;
    }

    /** Whether a tick not yet started is planned no later than {@code at}. */
    synchronized boolean coveredBy(Instant at) {
        return !ticking && planned != null && !planned.isAfter(at);
    }

    /**
     * The planned tick was set to {@code at} or earlier, by a caller that looked at generation
     * {@code seen}: if a tick started since, what was planned is not known here any more.
     */
    synchronized void lower(Instant at, long seen) {
        if (seen == generation && !ticking && (planned == null || at.isBefore(planned))) {
            planned = at;
        }
    }

    /** A tick at {@code at} was asked for while ticking. */
    void request(Instant at) {
        requested.accumulateAndGet(at, (a, b) -> a == null || b.isBefore(a) ? b : a);
    }

    /** The earliest tick asked for while ticking, cleared. */
    Instant takeRequest() {
        return requested.getAndSet(null);
    }
}
