package com.execassistant.core.context;

import com.execassistant.core.meeting.TestEvents;
import java.time.Instant;

/** Queries for tests: a leadership meeting on a chosen day. */
public final class ContextQueries {

    private ContextQueries() {}

    public static ContextQuery leadershipMeetingAt(String instant) {
        return new ContextQuery(
                TestEvents.meeting("lt-1", "Leadership team weekly", Instant.parse(instant), 12),
                "leadership_meeting",
                "jordan@example.com");
    }

    public static ContextQuery leadershipMeeting() {
        return leadershipMeetingAt("2026-03-10T15:00:00Z");
    }
}
