package com.execassistant.core.prep;

import com.execassistant.core.monitor.MeetingRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The stored meetings the workflow reads, in memory. */
public final class InMemoryMeetingLookup implements MeetingLookup {

    private final Map<String, MeetingRecord> meetings = new LinkedHashMap<>();

    /** Stores the meeting, replacing an earlier revision. */
    public synchronized void put(MeetingRecord m) {
        meetings.put(m.id(), m);
    }

    public synchronized void remove(String meetingId) {
        meetings.remove(meetingId);
    }

    @Override
    public synchronized Optional<MeetingRecord> find(String meetingId) {
        return Optional.ofNullable(meetings.get(meetingId));
    }
}
