package com.execassistant.core.calendar;

import com.execassistant.core.meeting.CalendarEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A calendar in memory that behaves like a provider with sync tokens: a fetch without a token
 * returns every live occurrence (complete); with the latest token it returns what changed since
 * (incremental), deletions as cancelled occurrences.
 */
public final class FakeCalendarSource implements CalendarSource {

    private final String calendarId;
    private final Map<String, CalendarEvent> live = new LinkedHashMap<>();
    private final List<CalendarEvent> changes = new ArrayList<>();
    private int version;
    private int fetches;
    private RuntimeException failure;

    public FakeCalendarSource(String calendarId) {
        this.calendarId = calendarId;
    }

    public FakeCalendarSource put(CalendarEvent e) {
        live.put(e.externalId(), e);
        changes.add(e);
        version++;
        return this;
    }

    public FakeCalendarSource delete(String externalId) {
        CalendarEvent gone = live.remove(externalId);
        if (gone != null) {
            changes.add(gone.withStatus(com.execassistant.core.meeting.MeetingStatus.CANCELLED));
            version++;
        }
        return this;
    }

    /** Makes every later fetch fail with this exception, or succeed again with null. */
    public void failWith(RuntimeException e) {
        this.failure = e;
    }

    public int fetches() {
        return fetches;
    }

    @Override
    public synchronized FetchResult fetch(FetchRequest request) {
        fetches++;
        if (failure != null) {
            throw failure;
        }
        String token = request.syncState().get(calendarId);
        Predicate<CalendarEvent> inWindow =
                e ->
                        e.endInstant().isAfter(request.from())
                                && e.startInstant().isBefore(request.to());
        CalendarFetch fetch;
        if (token == null) {
            fetch =
                    new CalendarFetch(
                            calendarId,
                            true,
                            live.values().stream().filter(inWindow).toList(),
                            "v" + version);
        } else {
            int since = Integer.parseInt(token.substring(1));
            fetch =
                    new CalendarFetch(
                            calendarId,
                            false,
                            changes.subList(since, changes.size()),
                            "v" + version);
        }
        return new FetchResult(List.of(fetch), List.of(), 1);
    }
}
