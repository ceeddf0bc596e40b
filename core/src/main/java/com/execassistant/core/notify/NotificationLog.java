package com.execassistant.core.notify;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The durable record of notifications: what was tried, on which channel, with what outcome. */
public interface NotificationLog {

    /** Appends an attempt (or its outcome) to the record; durable before it returns. */
    void record(NotificationRecord record);

    /**
     * Appends several records in their order (the items of one digest); all durable before it
     * returns. Stores that can should write them at once.
     */
    default void recordAll(List<NotificationRecord> records) {
        records.forEach(this::record);
    }

    /** Every record for one notification (run, purpose, tag), oldest first. */
    List<NotificationRecord> history(String runId, Purpose purpose, String tag);

    /**
     * The {@link #history} of each of these runs for one purpose and tag, by run id; a run without
     * records has no entry. Stores that can should answer in one query.
     */
    default Map<String, List<NotificationRecord>> histories(
            Collection<String> runIds, Purpose purpose, String tag) {
        Map<String, List<NotificationRecord>> out = new LinkedHashMap<>();
        for (String runId : runIds) {
            List<NotificationRecord> history = history(runId, purpose, tag);
            if (!history.isEmpty()) {
                out.put(runId, history);
            }
        }
        return out;
    }

    /** Every record of a run, oldest first. */
    List<NotificationRecord> forRun(String runId);
}
