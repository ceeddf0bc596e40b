package com.execassistant.core.calendar.ics;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.execassistant.core.calendar.SkippedEvent;
import com.execassistant.core.meeting.CalendarEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Expands an iCalendar document into the occurrences of a time window: recurrence rules, extra and
 * excluded dates, overrides of single instances, time zones and all-day events. Pure: it reads no
 * file and no network, so a command line can use it without a workspace.
 *
 * <p>A malformed event is skipped and reported; the rest still imports. Only a document that is not
 * iCalendar at all fails, with {@link IcsUnreadableException}.
 */
public final class IcsExpander {

    private final ZoneId defaultZone;
    private final String ownerEmail;

    /**
     * @param defaultZone the zone of floating times and dates when the calendar names none
     *     (X-WR-TIMEZONE)
     * @param ownerEmail the calendar owner's address, marking that attendee as self; may be null
     */
    public IcsExpander(ZoneId defaultZone, String ownerEmail) {
        this.defaultZone = Objects.requireNonNull(defaultZone, "defaultZone");
        this.ownerEmail = ownerEmail;
    }

    /**
     * The occurrences overlapping [from, to), sorted by start.
     *
     * @param sourceName the file or URL the text came from: the calendar id of every occurrence
     * @throws IcsUnreadableException when the text holds no iCalendar document
     */
    public IcsExpansion expand(String icsText, String sourceName, Instant from, Instant to) {
        String shownName = IcsAddress.of(sourceName).displayName();
        List<ICalendar> calendars = parse(icsText, shownName);
        List<SkippedEvent> skipped = new ArrayList<>();
        List<CalendarEvent> occurrences = new ArrayList<>();
        SeriesExpander series = new SeriesExpander(sourceName, from, to);
        for (ICalendar calendar : calendars) {
            for (Map.Entry<String, List<ParsedEvent>> group :
                    read(calendar, shownName, skipped).entrySet()) {
                try {
                    series.expand(group.getValue())
                            .forEach(o -> occurrences.add(o.withSelf(ownerEmail)));
                } catch (BadEventException e) {
                    skipped.add(new SkippedEvent(shownName, group.getKey(), e.getMessage()));
                } catch (RuntimeException e) {
                    skipped.add(new SkippedEvent(shownName, group.getKey(), unexpected(e)));
                }
            }
        }
        occurrences.sort(
                Comparator.comparing(CalendarEvent::startInstant)
                        .thenComparing(CalendarEvent::externalId));
        return new IcsExpansion(occurrences, skipped);
    }

    private Map<String, List<ParsedEvent>> read(
            ICalendar calendar, String shownName, List<SkippedEvent> skipped) {
        ZoneId calendarZone =
                ZoneResolver.calendarZone(
                        calendar.getExperimentalProperty("X-WR-TIMEZONE"), defaultZone);
        EventReader reader =
                new EventReader(
                        new TimeReader(new ZoneResolver(calendar.getTimezoneInfo(), calendarZone)));
        Map<String, List<ParsedEvent>> byUid = new LinkedHashMap<>();
        List<VEvent> events = calendar.getEvents();
        for (int i = 0; i < events.size(); i++) {
            String uid = EventReader.uidOf(events.get(i));
            try {
                ParsedEvent event = reader.read(events.get(i), uid, i);
                byUid.computeIfAbsent(uid, k -> new ArrayList<>()).add(event);
            } catch (BadEventException e) {
                skipped.add(new SkippedEvent(shownName, uid, e.getMessage()));
            } catch (RuntimeException e) {
                // The parser's lenient model can still hold shapes no reader step expects.
                skipped.add(new SkippedEvent(shownName, uid, unexpected(e)));
            }
        }
        return byUid;
    }

    private static String unexpected(RuntimeException e) {
        return "it cannot be read ("
                + Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName())
                + ")";
    }

    private static List<ICalendar> parse(String icsText, String shownName) {
        List<ICalendar> calendars;
        try {
            calendars = Biweekly.parse(icsText == null ? "" : icsText).all();
        } catch (RuntimeException e) {
            calendars = List.of();
        }
        if (calendars.isEmpty()) {
            throw new IcsUnreadableException(
                    shownName + " is not an iCalendar file: it has no BEGIN:VCALENDAR section.");
        }
        return calendars;
    }
}
