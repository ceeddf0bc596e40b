package com.execassistant.core.context;

import com.execassistant.core.meeting.CalendarEvent;
import java.util.Objects;

/**
 * What a context source is asked about: one meeting, as classified, for one user.
 *
 * @param meeting the occurrence being prepared
 * @param meetingType the meeting type's name from meeting_types.yaml ("leadership_meeting")
 * @param userId the user (or account) the prep runs for; sources holding data for several people
 *     use it to pick that person's data
 */
public record ContextQuery(CalendarEvent meeting, String meetingType, String userId) {

    public ContextQuery {
        Objects.requireNonNull(meeting, "meeting");
        if (meetingType == null || meetingType.isBlank()) {
            throw new IllegalArgumentException("a context query needs the meeting type");
        }
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a context query needs the user id");
        }
    }
}
