package com.execassistant.core.calendar.ics;

import com.execassistant.core.calendar.CalendarFetch;
import com.execassistant.core.calendar.CalendarSource;
import com.execassistant.core.calendar.FetchRequest;
import com.execassistant.core.calendar.FetchResult;
import java.net.http.HttpClient;
import java.time.ZoneId;
import java.util.List;

/**
 * An ICS calendar as a {@link CalendarSource}: a file, or a published address ("secret address in
 * iCal format" from Google, Outlook, iCloud or Fastmail). Every fetch reads the whole feed, so each
 * result is complete and there is no sync state to keep.
 */
public final class IcsCalendarSource implements CalendarSource {

    private final IcsAddress address;
    private final IcsExpander expander;
    private final IcsFeedReader reader;

    /**
     * @param source a file path, or an http(s) or webcal address; also the calendar id
     * @param defaultZone the zone of floating times when the calendar names none
     * @param ownerEmail the calendar owner's address, marking that attendee as self; may be null
     * @param http the client for web addresses
     */
    public IcsCalendarSource(
            String source, ZoneId defaultZone, String ownerEmail, HttpClient http) {
        this.address = IcsAddress.of(source);
        this.expander = new IcsExpander(defaultZone, ownerEmail);
        this.reader = new IcsFeedReader(http);
    }

    /**
     * Reads the feed and expands the request's window.
     *
     * @throws IcsUnreadableException when the source cannot be read or is not iCalendar
     */
    @Override
    public FetchResult fetch(FetchRequest request) {
        String text = reader.read(address);
        IcsExpansion expansion =
                expander.expand(text, address.source(), request.from(), request.to());
        CalendarFetch calendar =
                new CalendarFetch(address.source(), true, expansion.occurrences(), null);
        return new FetchResult(List.of(calendar), expansion.skipped(), address.isUrl() ? 1 : 0);
    }
}
