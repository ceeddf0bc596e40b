package com.execassistant.core.prep;

import com.execassistant.core.monitor.MeetingRecord;
import java.util.Optional;

/** Reads a stored meeting by id, for the workflow's LoadMeeting step. */
public interface MeetingLookup {

    Optional<MeetingRecord> find(String meetingId);

    /** The meetings with these ids that exist, by id; stores should read them in one query. */
    default java.util.Map<String, MeetingRecord> findAll(java.util.Collection<String> meetingIds) {
        java.util.Map<String, MeetingRecord> out = new java.util.HashMap<>();
        for (String id : meetingIds) {
            find(id).ifPresent(m -> out.put(id, m));
        }
        return out;
    }
}
