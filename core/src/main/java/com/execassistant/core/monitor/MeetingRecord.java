package com.execassistant.core.monitor;

import com.execassistant.core.meeting.CalendarEvent;
import java.time.Instant;

/**
 * A meeting as the store keeps it: the occurrence plus what the monitor decided about it.
 *
 * @param id stable id derived from account, calendar and external id
 * @param fingerprint hash of the fields whose change makes a new revision
 * @param revision starts at 1 and grows with every real change
 * @param type the meeting type it was classified as
 * @param rule why it got that type
 * @param prepHoursBefore the type's lead time
 * @param prepTrigger start minus the lead time (not moved to "now" for late meetings, so a re-sync
 *     of a late meeting is not mistaken for a timing change), or null when never prepped
 */
public record MeetingRecord(
        String id,
        String accountId,
        CalendarEvent event,
        String fingerprint,
        int revision,
        String type,
        String rule,
        int prepHoursBefore,
        Instant prepTrigger) {

    public String calendarId() {
        return event.calendarId();
    }

    public boolean prepNeeded() {
        return prepTrigger != null;
    }
}
