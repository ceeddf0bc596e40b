package com.execassistant.core.prep;

import java.time.Instant;

/**
 * The engine's durable timer: runs a run's next step at a time. The desktop engine keeps these in
 * db-scheduler's table; the cloud engine in Step Functions' Wait states.
 */
public interface Wakeups {

    /** Runs the run at {@code at} (or at once when that is past); replaces an earlier wake-up. */
    void schedule(String runId, Instant at);

    /** Drops the run's pending wake-up, if any. */
    void cancel(String runId);
}
