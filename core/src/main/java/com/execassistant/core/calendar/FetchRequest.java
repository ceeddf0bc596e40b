package com.execassistant.core.calendar;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What to fetch.
 *
 * @param from start of the sync window (inclusive): occurrences ending after it are wanted
 * @param to end of the sync window (exclusive): occurrences starting before it are wanted
 * @param syncState per calendar id, the opaque state the source returned last time (a Google sync
 *     token); absent means "fetch everything"
 */
public record FetchRequest(Instant from, Instant to, Map<String, String> syncState) {

    public FetchRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the window must end after it starts");
        }
        syncState = syncState == null ? Map.of() : Map.copyOf(syncState);
    }

    public static FetchRequest full(Instant from, Instant to) {
        return new FetchRequest(from, to, Map.of());
    }
}
