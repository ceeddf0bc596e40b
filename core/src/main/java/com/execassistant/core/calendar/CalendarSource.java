package com.execassistant.core.calendar;

/**
 * A provider of calendar occurrences: Google Calendar, an ICS feed, later Microsoft 365.
 *
 * <p>One source serves one connected account and may read several calendars. Implementations expand
 * recurring series into occurrences, keep the series id on each, and report malformed events in
 * {@link FetchResult#skipped()} instead of failing the whole fetch.
 */
public interface CalendarSource {

    /**
     * Fetches the occurrences of every selected calendar.
     *
     * @throws CalendarSourceException when the account cannot be read at all (bad credentials,
     *     unreachable server after retries); the message is a plain sentence for the user
     */
    FetchResult fetch(FetchRequest request);
}
