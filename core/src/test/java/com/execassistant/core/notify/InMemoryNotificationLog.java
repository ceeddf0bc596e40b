package com.execassistant.core.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The notification record in memory, for core tests; the contract test holds it to the real one.
 */
public final class InMemoryNotificationLog implements NotificationLog {

    private final List<NotificationRecord> records = new ArrayList<>();

    @Override
    public synchronized void record(NotificationRecord record) {
        records.add(record);
    }

    @Override
    public synchronized List<NotificationRecord> history(
            String runId, Purpose purpose, String tag) {
        return records.stream()
                .filter(r -> r.runId().equals(runId))
                .filter(r -> r.purpose() == purpose)
                .filter(r -> Objects.equals(r.tag(), tag))
                .toList();
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
