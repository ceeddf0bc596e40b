package com.execassistant.core.notify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The notification record in memory, for core tests; the contract test holds it to the real one.
 */
public final class InMemoryNotificationLog implements NotificationLog {

    private final List<NotificationRecord> records = new ArrayList<>();
    private int reads;

    @Override
    public synchronized void record(NotificationRecord record) {
        records.add(record);
    }

    @Override
    public synchronized List<NotificationRecord> history(
            String runId, Purpose purpose, String tag) {
        reads++;
        return records.stream()
                .filter(r -> r.runId().equals(runId))
                .filter(r -> r.purpose() == purpose)
                .filter(r -> Objects.equals(r.tag(), tag))
                .toList();
    }

    @Override
    public synchronized Map<String, List<NotificationRecord>> histories(
            Collection<String> runIds, Purpose purpose, String tag) {
        reads++;
        Map<String, List<NotificationRecord>> out = new LinkedHashMap<>();
        for (NotificationRecord r : records) {
            if (runIds.contains(r.runId())
                    && r.purpose() == purpose
                    && Objects.equals(r.tag(), tag)) {
                out.computeIfAbsent(r.runId(), k -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    /** How many times a notification's record was read; a batch's histories count once. */
    public synchronized int reads() {
        return reads;
    }

    @Override
    public synchronized List<NotificationRecord> forRun(String runId) {
        return records.stream().filter(r -> r.runId().equals(runId)).toList();
    }

    /** Every record, oldest first. */
    public synchronized List<NotificationRecord> all() {
        return List.copyOf(records);
    }
}
