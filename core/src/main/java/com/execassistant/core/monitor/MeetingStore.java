package com.execassistant.core.monitor;

import java.util.Map;

/** Where the monitor keeps meetings, their prep events and each calendar's sync state. */
public interface MeetingStore {

    /** The stored meetings of one calendar of one account, by the provider's external id. */
    Map<String, MeetingRecord> meetings(String accountId, String calendarId);

    /**
     * The stored meetings among the given external ids; an incremental sync needs only those, so a
     * sync with few changes does not read the whole calendar.
     */
    Map<String, MeetingRecord> meetings(
            String accountId, String calendarId, java.util.Collection<String> externalIds);

    /** Per calendar id, the sync state stored for the account. */
    Map<String, String> syncStates(String accountId);

    /**
     * Writes one calendar's changes, its prep events and its next sync state atomically. An event
     * already stored for the same (meeting, revision, kind) is not stored again.
     */
    void apply(CalendarChanges changes);

    /** Keeps the figures of a finished run. */
    void recordRun(SyncRun run);
}
