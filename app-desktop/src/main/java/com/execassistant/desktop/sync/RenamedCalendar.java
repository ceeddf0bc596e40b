package com.execassistant.desktop.sync;

import com.execassistant.core.calendar.CalendarFetch;
import com.execassistant.core.calendar.CalendarSource;
import com.execassistant.core.calendar.FetchRequest;
import com.execassistant.core.calendar.FetchResult;
import com.execassistant.core.calendar.SkippedEvent;

/**
 * A single-calendar source whose calendar is filed under a fixed id, so that an address holding a
 * secret (an ICS feed URL) never becomes a stored id or appears in a report.
 */
record RenamedCalendar(CalendarSource delegate, String calendarId) implements CalendarSource {

    @Override
    public FetchResult fetch(FetchRequest request) {
        FetchResult r = delegate.fetch(request);
        return new FetchResult(
                r.calendars().stream()
                        .map(
                                c ->
                                        new CalendarFetch(
                                                calendarId,
                                                c.complete(),
                                                c.events().stream()
                                                        .map(e -> e.withCalendarId(calendarId))
                                                        .toList(),
                                                c.nextSyncState()))
                        .toList(),
                r.skipped().stream()
                        .map(s -> new SkippedEvent(calendarId, s.uid(), s.reason()))
                        .toList(),
                r.apiCalls());
    }
}
