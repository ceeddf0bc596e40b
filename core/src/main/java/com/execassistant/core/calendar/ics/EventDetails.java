package com.execassistant.core.calendar.ics;

import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.MeetingStatus;
import java.util.List;

/** What an event says besides its times: copied unchanged onto each of its occurrences. */
record EventDetails(
        String title,
        String description,
        String location,
        MeetingStatus status,
        String organizer,
        List<Attendee> attendees,
        String updated) {}
