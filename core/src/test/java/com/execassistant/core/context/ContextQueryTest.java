package com.execassistant.core.context;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.meeting.TestEvents;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContextQueryTest {

    private static final com.execassistant.core.meeting.CalendarEvent MEETING =
            TestEvents.meeting("m", "Staff meeting", Instant.parse("2026-03-10T15:00:00Z"), 8);

    @Test
    void aQueryWithoutAMeetingTypeIsRefused() {
        assertThatThrownBy(() -> new ContextQuery(MEETING, " ", "jordan@example.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a context query needs the meeting type");
    }

    @Test
    void aQueryWithoutAUserIsRefused() {
        assertThatThrownBy(() -> new ContextQuery(MEETING, "staff_meeting", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a context query needs the user id");
    }
}
