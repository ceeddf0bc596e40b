package com.execassistant.core.prep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The engine's timer in memory: the pending wake-up of each run, and every call made. */
public final class InMemoryWakeups implements Wakeups {

    /** One call to {@link #schedule}. */
    public record Scheduled(String runId, Instant at) {}

    private final Map<String, Instant> pending = new LinkedHashMap<>();
    private final List<Scheduled> scheduled = new ArrayList<>();
    private final List<String> cancelled = new ArrayList<>();

    @Override
    public synchronized void schedule(String runId, Instant at) {
        pending.put(runId, at);
        scheduled.add(new Scheduled(runId, at));
    }

    @Override
    public synchronized void cancel(String runId) {
        pending.remove(runId);
        cancelled.add(runId);
    }

    /** When the run will next wake, if it will. */
    public synchronized Optional<Instant> pending(String runId) {
        return Optional.ofNullable(pending.get(runId));
    }

    /** Every schedule call, in order. */
    public synchronized List<Scheduled> scheduled() {
        return List.copyOf(scheduled);
    }

    /** Every run whose wake-up was cancelled, in order. */
    public synchronized List<String> cancelled() {
        return List.copyOf(cancelled);
    }
}
