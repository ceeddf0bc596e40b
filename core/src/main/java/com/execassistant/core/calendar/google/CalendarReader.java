package com.execassistant.core.calendar.google;

import com.execassistant.core.calendar.CalendarFetch;
import com.execassistant.core.calendar.CalendarSourceException;
import com.execassistant.core.calendar.FetchRequest;
import com.execassistant.core.calendar.SkippedEvent;
import com.execassistant.core.calendar.google.CalendarSelector.SelectedCalendar;
import com.execassistant.core.meeting.CalendarEvent;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.Events;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads one calendar's events: a full listing of the window, or the changes since a sync token. */
final class CalendarReader {

    private static final java.util.TimeZone UTC = java.util.TimeZone.getTimeZone("UTC");

    private static final Logger LOG = LoggerFactory.getLogger(CalendarReader.class);
    private static final int PAGE_SIZE = 2500; // Google's maximum: fewest requests per sync

    private final Calendar client;
    private final GoogleRequests requests;
    private final Duration windowStep;

    CalendarReader(Calendar client, GoogleRequests requests, Duration windowStep) {
        this.client = client;
        this.requests = requests;
        this.windowStep = windowStep;
    }

    CalendarFetch read(SelectedCalendar calendar, FetchRequest request, List<SkippedEvent> skipped)
            throws IOException, InterruptedException {
        String state = request.syncState().get(calendar.id());
        if (state != null) {
            try {
                return incremental(calendar, SyncState.parse(state), request, skipped);
            } catch (SyncTokenExpiredException e) {
                LOG.info("Sync token of calendar {} expired; listing it in full", calendar.id());
            }
        }
        Listing all;
        try {
            all = list(calendar, request.from(), request.to(), null, skipped);
        } catch (SyncTokenExpiredException e) {
            throw new CalendarSourceException(
                    "Google Calendar answered 410 Gone to a full listing of calendar "
                            + calendar.id()
                            + "; the next sync will try again.");
        }
        String next = new SyncState(all.nextSyncToken, request.to()).encode();
        return new CalendarFetch(calendar.id(), true, all.events, next);
    }

    /**
     * The changes since the token. Google forbids a time window with a sync token, so the changes
     * may lie anywhere in time. A sync token only reports changes, so when the window's end has
     * moved on by {@code windowStep} or more, the newly covered stretch is listed too: otherwise a
     * recurring meeting's next instance would never appear.
     */
    private CalendarFetch incremental(
            SelectedCalendar calendar,
            SyncState state,
            FetchRequest request,
            List<SkippedEvent> skipped)
            throws IOException, InterruptedException, SyncTokenExpiredException {
        Listing changes = list(calendar, null, null, state.token(), skipped);
        Map<String, CalendarEvent> events = new LinkedHashMap<>();
        changes.events.forEach(e -> events.put(e.externalId(), e));
        Instant listedUntil = state.listedUntil() == null ? request.to() : state.listedUntil();
        if (!request.to().isBefore(listedUntil.plus(windowStep))
                && request.to().isAfter(listedUntil)) {
            Instant gapStart = listedUntil.isAfter(request.from()) ? listedUntil : request.from();
            Listing gap = list(calendar, gapStart, request.to(), null, skipped);
            gap.events.forEach(e -> events.putIfAbsent(e.externalId(), e));
            listedUntil = request.to();
        }
        String next = new SyncState(changes.nextSyncToken, listedUntil).encode();
        return new CalendarFetch(calendar.id(), false, List.copyOf(events.values()), next);
    }

    private Listing list(
            SelectedCalendar calendar,
            Instant from,
            Instant to,
            String syncToken,
            List<SkippedEvent> skipped)
            throws IOException, InterruptedException, SyncTokenExpiredException {
        List<CalendarEvent> events = new ArrayList<>();
        String pageToken = null;
        String nextSyncToken = null;
        ZoneId zone = calendar.zone();
        do {
            Calendar.Events.List call =
                    client.events()
                            .list(calendar.id())
                            .setSingleEvents(true)
                            .setMaxResults(PAGE_SIZE)
                            .setPageToken(pageToken);
            if (syncToken != null) {
                call.setSyncToken(syncToken);
            } else {
                // Written in UTC, so the request is the same whatever the machine's zone.
                call.setTimeMin(new DateTime(new java.util.Date(from.toEpochMilli()), UTC));
                call.setTimeMax(new DateTime(new java.util.Date(to.toEpochMilli()), UTC));
            }
            Events page = requests.execute(call, "the events of calendar " + calendar.id());
            if (zone == null) {
                zone = EventMapper.zoneOrUtc(page.getTimeZone());
            }
            if (page.getItems() != null) {
                for (Event item : page.getItems()) {
                    add(calendar.id(), item, zone, events, skipped);
                }
            }
            pageToken = page.getNextPageToken();
            // Only the last page carries the token to continue from.
            nextSyncToken = page.getNextSyncToken();
        } while (pageToken != null);
        return new Listing(events, nextSyncToken);
    }

    private static void add(
            String calendarId,
            Event item,
            ZoneId zone,
            List<CalendarEvent> events,
            List<SkippedEvent> skipped) {
        try {
            events.add(EventMapper.map(calendarId, item, zone == null ? ZoneOffset.UTC : zone));
        } catch (MalformedEventException e) {
            skipped.add(new SkippedEvent(calendarId, item.getId(), e.getMessage()));
        }
    }

    private record Listing(List<CalendarEvent> events, String nextSyncToken) {}
}
