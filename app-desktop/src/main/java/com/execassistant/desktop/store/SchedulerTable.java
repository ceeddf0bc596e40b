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
}
