package com.execassistant.core.monitor;

import java.time.Instant;

/**
 * A persisted event for the prep workflow: a meeting needs prep (MeetingRequiresPrep) or no longer
 * does. Unique per (meeting, revision, kind), so a repeated sync never emits it twice.
 *
 * @param prepTriggerTime when prep should start; "now" for a late meeting; null for cancellations
 * @param reason for cancellations, a plain sentence saying why
 */
public record PrepEvent(
        String meetingId,
        int revision,
        Kind kind,
        String accountId,
        String meetingType,
        Instant meetingStart,
        Instant prepTriggerTime,
        boolean late,
        String reason,
        Instant createdAt) {

    /** What happened to the meeting. */
    public enum Kind {
        MEETING_REQUIRES_PREP,
        MEETING_CANCELLED
    }
}
