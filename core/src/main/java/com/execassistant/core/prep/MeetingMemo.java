package com.execassistant.core.prep;

import com.execassistant.core.monitor.MeetingRecord;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads each meeting once for a batch of runs: a run's steps look its meeting up several times, and
 * within one batch the calendar cannot change under it in a way the next batch would not see.
 */
final class MeetingMemo implements MeetingLookup {

    private final MeetingLookup source;
    private final Map<String, Optional<MeetingRecord>> seen = new ConcurrentHashMap<>();

    MeetingMemo(MeetingLookup source) {
        this.source = source;
    }

    /** Reads the meetings of a batch's runs in one go. */
    MeetingMemo prefetch(java.util.Collection<String> meetingIds) {
        java.util.List<String> unseen =
                meetingIds.stream().filter(id -> !seen.containsKey(id)).toList();
        if (unseen.isEmpty()) {
            return this;
        }
        Map<String, MeetingRecord> found = source.findAll(unseen);
        for (String id : unseen) {
            seen.put(id, Optional.ofNullable(found.get(id)));
        }
        return this;
    }

    @Override
    public Optional<MeetingRecord> find(String meetingId) {
        return seen.computeIfAbsent(meetingId, source::find);
    }
}
