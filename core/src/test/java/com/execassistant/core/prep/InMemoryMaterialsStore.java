package com.execassistant.core.prep;

import com.execassistant.core.materials.Materials;
import com.execassistant.core.monitor.MeetingRecord;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Materials in memory. Like the real stores, the published location is fixed by the meeting and the
 * run, so publishing again overwrites rather than duplicates.
 */
public final class InMemoryMaterialsStore implements MaterialsStore {

    private static final List<String> FILES = List.of("agenda.html", "questions.md", "notes.md");

    private final Map<String, Materials> staged = new LinkedHashMap<>();
    private final Map<String, Materials> published = new LinkedHashMap<>();
    private int publishCalls;

    @Override
    public synchronized void stage(String runId, Materials materials) {
        staged.put(runId, materials);
    }

    @Override
    public synchronized Optional<Materials> staged(String runId) {
        return Optional.ofNullable(staged.get(runId));
    }

    @Override
    public synchronized String publish(String runId, MeetingRecord meeting) {
        Materials m = staged.get(runId);
        if (m == null) {
            throw new IllegalStateException("no materials were staged for " + runId);
        }
        publishCalls++;
        String location = "materials/" + meeting.accountId() + "/" + meeting.id() + "/" + runId;
        published.put(location, m);
        return location;
    }

    @Override
    public synchronized List<Path> files(String location) {
        if (location == null || !published.containsKey(location)) {
            return List.of();
        }
        return FILES.stream().map(f -> Path.of(location, f)).toList();
    }

    /** Every location holding published materials. */
    public synchronized Map<String, Materials> published() {
        return Map.copyOf(published);
    }

    public synchronized int publishCalls() {
        return publishCalls;
    }
}
