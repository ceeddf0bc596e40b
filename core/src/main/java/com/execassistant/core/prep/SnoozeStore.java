package com.execassistant.core.prep;

import java.util.Optional;

/** Where each run's latest snooze is kept; durable before a call returns. */
public interface SnoozeStore {

    /** The run's latest snooze, pending or not. */
    Optional<Snooze> find(String runId);

    /** Keeps this as the run's latest snooze, replacing the one before. */
    void save(Snooze snooze);

    /**
     * Marks snooze {@code number} of the run as owing nothing (its nudge went out or was called
     * off). A later snooze saved meanwhile is left alone, so it cannot be lost to this one.
     */
    void settle(String runId, int number);
}
