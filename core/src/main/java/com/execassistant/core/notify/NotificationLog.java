package com.execassistant.core.notify;

import java.util.List;

/** The durable record of notifications: what was tried, on which channel, with what outcome. */
public interface NotificationLog {

    /** Appends an attempt (or its outcome) to the record; durable before it returns. */
    void record(NotificationRecord record);

    /** Every record for one notification (run, purpose, tag), oldest first. */
    List<NotificationRecord> history(String runId, Purpose purpose, String tag);

    /** Every record of a run, oldest first. */
    List<NotificationRecord> forRun(String runId);
}
