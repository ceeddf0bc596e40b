package com.execassistant.desktop.sync;

import com.execassistant.core.calendar.CalendarFetch;
import com.execassistant.core.calendar.CalendarSource;
import com.execassistant.core.calendar.FetchRequest;
import com.execassistant.core.calendar.FetchResult;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An account with two calendars of {@code perCalendar} meetings each, always answered in full. */
record TwoCalendarSource(Instant now, int perCalendar) implements CalendarSource {

    @Override
    public FetchResult fetch(FetchRequest request) {
        return new FetchResult(List.of(calendar("work"), calendar("team")), List.of(), 2);
    }

    private CalendarFetch calendar(String id) {
        List<CalendarEvent> events = new ArrayList<>();
        for (int i = 0; i < perCalendar; i++) {
            CalendarEvent e =
                    TestEvents.meeting(
                            id + "-" + i,
                            "1:1 with report " + i,
                            now.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(30L * i)),
                            2);
            events.add(
                    new CalendarEvent(
                            id,
                            e.externalId(),
                            e.uid(),
                            null,
                            null,
                            e.title(),
                            null,
                            null,
                            e.start(),
                            e.end(),
                            false,
                            e.status(),
                            e.organizer(),
                            e.attendees(),
                            null));
        }
        return new CalendarFetch(id, true, events, "token-" + id);
    }
}
