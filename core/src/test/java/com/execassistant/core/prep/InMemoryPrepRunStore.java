package com.execassistant.core.prep;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Prep runs in memory, for core tests; the contract test holds it to the real store. */
public final class InMemoryPrepRunStore implements PrepRunStore {

    private final Map<String, PrepRun> runs = new LinkedHashMap<>();

    @Override
    public synchronized Optional<PrepRun> find(String runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    @Override
    public synchronized void save(PrepRun run) {
        runs.put(run.runId(), run);
    }

    @Override
    public synchronized List<PrepRun> forMeeting(String meetingId) {
        return runs.values().stream()
                .filter(r -> r.meetingId().equals(meetingId))
                .sorted(Comparator.comparingInt(PrepRun::revision).reversed())
                .toList();
    }

    @Override
    public synchronized List<PrepRun> unfinished() {
        return runs.values().stream()
                .filter(r -> !r.status().finished())
                .sorted(Comparator.comparing(PrepRun::createdAt))
                .toList();
    }

    @Override
    public synchronized List<PrepRun> recent(int limit) {
        return runs.values().stream()
                .sorted(
                        Comparator.comparing(PrepRun::createdAt)
                                .reversed()
                                .thenComparing(PrepRun::runId))
                .limit(limit)
                .toList();
    }
}
