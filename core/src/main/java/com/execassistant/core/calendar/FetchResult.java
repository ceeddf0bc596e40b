package com.execassistant.core.calendar;

import java.util.List;

/**
 * The outcome of one fetch across an account's calendars.
 *
 * @param calendars one entry per calendar read
 * @param skipped malformed events left out, with the reason, so the user can be told
 * @param apiCalls how many requests the fetch made (pages, retries and token refreshes count)
 */
public record FetchResult(List<CalendarFetch> calendars, List<SkippedEvent> skipped, int apiCalls) {

    public FetchResult {
        calendars = List.copyOf(calendars);
        skipped = List.copyOf(skipped);
    }
}
