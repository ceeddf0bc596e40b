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

    /**
     * Reads again a meeting read at an older revision than a run needs (a change that arrived after
     * it was read ahead), so the run is not judged against a stale meeting.
     */
    void refreshFor(java.util.Collection<PrepRun> runs) {
        for (PrepRun r : runs) {
            Optional<MeetingRecord> m = seen.get(r.meetingId());
            if (m != null && m.isPresent() && m.get().revision() < r.revision()) {
                seen.put(r.meetingId(), source.find(r.meetingId()));
            }
        }
    }

    @Override
    public Optional<MeetingRecord> find(String meetingId) {
        return seen.computeIfAbsent(meetingId, source::find);
    }
}
