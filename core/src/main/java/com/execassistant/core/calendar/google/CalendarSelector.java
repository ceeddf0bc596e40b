package com.execassistant.core.calendar.google;

import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.CalendarList;
import com.google.api.services.calendar.model.CalendarListEntry;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Decides which calendars of the account are read. */
final class CalendarSelector {

    /** A calendar to read, with its own time zone when known. */
    record SelectedCalendar(String id, ZoneId zone) {}

    private CalendarSelector() {}

    /**
     * The configured calendar ids, or when none are configured every calendar the user ticked in
     * Google Calendar ({@code selected}) plus the primary one, which Google may report unticked.
     */
    static List<SelectedCalendar> select(
            List<String> configured, Calendar client, GoogleRequests requests)
            throws IOException, InterruptedException {
        if (!configured.isEmpty()) {
            return configured.stream().map(id -> new SelectedCalendar(id, null)).toList();
        }
        List<SelectedCalendar> selected = new ArrayList<>();
        String pageToken = null;
        do {
            CalendarList page;
            try {
                page =
                        requests.execute(
                                client.calendarList().list().setPageToken(pageToken),
                                "the list of calendars");
            } catch (SyncTokenExpiredException e) {
                throw new IllegalStateException("no sync token is sent with the calendar list", e);
            }
            if (page.getItems() != null) {
                for (CalendarListEntry entry : page.getItems()) {
                    if (Boolean.TRUE.equals(entry.getSelected())
                            || Boolean.TRUE.equals(entry.getPrimary())) {
                        selected.add(
                                new SelectedCalendar(
                                        entry.getId(), EventMapper.zoneOrUtc(entry.getTimeZone())));
                    }
                }
            }
            pageToken = page.getNextPageToken();
        } while (pageToken != null);
        return selected;
    }
}
