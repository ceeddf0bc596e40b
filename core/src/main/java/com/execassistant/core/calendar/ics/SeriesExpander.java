package com.execassistant.core.calendar.ics;

import com.execassistant.core.meeting.CalendarEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * Expands every VEVENT sharing one UID: the master's instances, each replaced by its RECURRENCE-ID
 * override when one exists. An override counts at its own (possibly moved) time, so an instance
 * moved into the window appears and one moved out disappears; of several overrides for the same
 * instance the latest revision wins.
 */
final class SeriesExpander {

    private final String calendarId;
    private final Instant from;
    private final Instant to;

    SeriesExpander(String calendarId, Instant from, Instant to) {
        this.calendarId = calendarId;
        this.from = from;
        this.to = to;
    }

    List<CalendarEvent> expand(Collection<ParsedEvent> sameUid) throws BadEventException {
        BinaryOperator<ParsedEvent> latest =
                (a, b) -> ParsedEvent.REVISION.compare(a, b) >= 0 ? a : b;
        ParsedEvent master =
                sameUid.stream().filter(e -> !e.isOverride()).reduce(latest).orElse(null);
        Map<Object, ParsedEvent> overrides = new HashMap<>();
        sameUid.stream()
                .filter(ParsedEvent::isOverride)
                .forEach(o -> overrides.merge(slot(o.recurrenceId()), o, latest));

        List<CalendarEvent> occurrences = new ArrayList<>();
        boolean series = master == null || master.isRecurring();
        if (master != null) {
            for (IcsTime original : originals(master)) {
                if (!overrides.containsKey(slot(original))) {
                    add(
                            occurrences,
                            Occurrences.of(calendarId, master, original, series ? original : null));
                }
            }
        }
        for (ParsedEvent override : overrides.values()) {
            // An override of a single event replaces it under the single event's id.
            boolean replacesSingle =
                    !series && slot(override.recurrenceId()).equals(slot(master.start()));
            IcsTime original = replacesSingle ? null : override.recurrenceId();
            add(occurrences, Occurrences.of(calendarId, override, override.start(), original));
        }
        return occurrences;
    }

    private List<IcsTime> originals(ParsedEvent master) throws BadEventException {
        if (!master.isRecurring()) {
            return List.of(master.start());
        }
        // Look back far enough to catch an instance that began before the window and still runs.
        Duration longest =
                Duration.between(
                                master.start().zoned(),
                                master.length().endAfter(master.start().zoned()))
                        .plusDays(1);
        return RecurrenceExpander.originalStarts(master, from.minus(longest), to);
    }

    /** Overrides and instances meet on the original start: the instant, or the day for a date. */
    private static Object slot(IcsTime time) {
        return time.dateOnly() ? time.wall().toLocalDate() : time.instant();
    }

    private void add(List<CalendarEvent> occurrences, CalendarEvent occurrence) {
        Instant start = occurrence.startInstant();
        Instant end = occurrence.endInstant();
        boolean overlaps =
                start.isBefore(to)
                        && (end.isAfter(from) || (end.equals(start) && !start.isBefore(from)));
        if (overlaps) {
            occurrences.add(occurrence);
        }
    }
}
