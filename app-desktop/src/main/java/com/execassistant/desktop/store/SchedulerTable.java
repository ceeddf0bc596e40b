package com.execassistant.desktop.store;

/**
 * db-scheduler's table, as the engine needs it at start. Only one process can open a workspace (H2
 * locks the file), so an execution still marked as picked at start belongs to a process that died;
 * releasing it lets the run resume at once instead of after the dead-execution timeout.
 */
public final class SchedulerTable {

    private SchedulerTable() {}

    /**
     * @return how many executions a dead process had left picked
     */
    public static int releaseAbandoned(Database db) {
        return new Jdbc(db)
                .update(
                        "the scheduler's table",
                        "UPDATE scheduled_tasks SET picked = FALSE, picked_by = NULL,"
                                + " last_heartbeat = NULL, version = version + 1 WHERE picked = TRUE");
    }

    /**
     * Unfinished prep runs due at {@code now}, earliest first, at most {@code limit}: what the
     * engine's tick executes.
     */
    public static java.util.List<String> dueRuns(Database db, java.time.Instant now, int limit) {
        return new Jdbc(db)
                .query(
                        "the prep runs",
                        "SELECT run_id FROM prep_run WHERE status IN ('SCHEDULED','ACTIVE','RETRYING')"
                                + " AND wake_at <= ? ORDER BY wake_at LIMIT ?",
                        rs -> rs.getString(1),
                        now,
                        limit);
    }

    /** The earliest wake-up of any unfinished prep run, or null when none waits. */
    public static java.time.Instant nextWake(Database db) {
        return new Jdbc(db)
                .query(
                        "the prep runs",
                        "SELECT MIN(wake_at) FROM prep_run WHERE status IN"
                                + " ('SCHEDULED','ACTIVE','RETRYING')",
                        rs ->
                                JdbcMeetingStore.instant(
                                        rs.getObject(1, java.time.OffsetDateTime.class)))
                .get(0);
    }

    /**
     * Unfinished prep runs that must look at themselves when the engine starts, though their
     * wake-up is stored: those waiting for a Q&A that finished (the answers were saved but the
     * process stopped before the run was woken, and nothing else would wake it before the chat's
     * deadline), and those waiting for the final reminder (its time comes from the meeting types,
     * which may have changed since; only meetings within days of starting are at that step).
     */
    public static java.util.List<String> runsToLookAtOnStart(Database db) {
        return new Jdbc(db)
                .query(
                        "the prep runs",
                        "SELECT r.run_id FROM prep_run r LEFT JOIN chat_session c ON c.run_id ="
                                + " r.run_id WHERE r.status IN ('SCHEDULED','ACTIVE')"
                                + " AND ((r.step = 'WAIT_FOR_CHAT_COMPLETION'"
                                + " AND c.state IN ('COMPLETED','DONE_EARLY','TIMED_OUT','CANCELLED'))"
                                + " OR r.step = 'WAIT_UNTIL_REMINDER')",
                        rs -> rs.getString(1));
    }
}
