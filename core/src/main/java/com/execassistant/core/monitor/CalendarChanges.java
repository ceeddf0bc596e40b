package com.execassistant.core.monitor;

import java.util.List;

/**
 * Everything one calendar's fetch changes, applied by the store in one transaction so that an
 * interrupted sync leaves either all of it or none of it.
 *
 * @param writes new and changed meetings (cancellations included, with status cancelled)
 * @param events prep events to persist with them
 * @param nextSyncState the sync state to keep for the next fetch (null keeps none)
 */
public record CalendarChanges(
        String accountId,
        String calendarId,
        List<MeetingRecord> writes,
        List<PrepEvent> events,
        String nextSyncState,
        int created,
        int updated,
        int cancelled) {

    public CalendarChanges {
        writes = List.copyOf(writes);
        events = List.copyOf(events);
    }
}
