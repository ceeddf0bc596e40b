package com.execassistant.core.notify.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recent ids seen, oldest forgotten first: enough to drop Slack's redeliveries (which come
 * within minutes) without growing for ever.
 */
final class RecentIds {

    private final Map<String, Boolean> seen;

    RecentIds(int capacity) {
        this.seen =
                new LinkedHashMap<>(16, 0.75f, false) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                        return size() > capacity;
                    }
                };
    }

    /** Records the id; true the first time it is seen, false for a repeat. Without an id, true. */
    synchronized boolean firstTime(String id) {
        return id == null || seen.putIfAbsent(id, Boolean.TRUE) == null;
    }
}
