package com.execassistant.desktop.prep;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the engine knows in memory about its planned tick, so that asking for a tick already planned
 * early enough costs no database round trip (creating a thousand runs asks a thousand times).
 */
final class TickTime {

    private volatile boolean ticking;
    private volatile Instant planned;
    private final AtomicReference<Instant> requested = new AtomicReference<>();

    /** A tick started: nothing is planned until it completes. */
    void started() {
        ticking = true;
        planned = null;
    }

    /** The tick completed and planned the next one at {@code next} (null: none). */
    void set(Instant next) {
        planned = next;
        ticking = false;
    }

    boolean ticking() {
        return ticking;
    }

    /** Whether a tick not yet started is planned no later than {@code at}. */
    boolean coveredBy(Instant at) {
        Instant p = planned;
        return !ticking && p != null && !p.isAfter(at);
    }

    /** The planned tick was set to {@code at} or earlier. */
    void lower(Instant at) {
        Instant p = planned;
        if (!ticking && (p == null || at.isBefore(p))) {
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
