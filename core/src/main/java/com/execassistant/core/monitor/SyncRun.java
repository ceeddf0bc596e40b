package com.execassistant.core.monitor;

import com.execassistant.core.calendar.SkippedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The figures of one monitor run.
 *
 * @param errors one plain sentence per account that failed, prefixed with its id
 * @param skipped malformed events left out
 */
public record SyncRun(
        Instant startedAt,
        Instant finishedAt,
        int accounts,
        int fetched,
        int created,
        int updated,
        int cancelled,
        int apiCalls,
        List<String> errors,
        List<SkippedEvent> skipped) {

    public SyncRun {
        errors = List.copyOf(errors);
        skipped = List.copyOf(skipped);
    }

    public Duration duration() {
        return Duration.between(startedAt, finishedAt);
    }
}
