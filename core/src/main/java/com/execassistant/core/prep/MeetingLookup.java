package com.execassistant.core.prep;

import com.execassistant.core.monitor.MeetingRecord;
import java.util.Optional;

/** Reads a stored meeting by id, for the workflow's LoadMeeting step. */
public interface MeetingLookup {

    Optional<MeetingRecord> find(String meetingId);
}
