package com.execassistant.core.calendar.ics;

import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.TreeMap;

/**
 * Lists the original starts of a series: DTSTART, the RRULE instances and the RDATEs, less the
 * EXDATEs. The rule runs on wall-clock times (encoded as UTC for the library, which has no notion
 * of a zone-free time); each instance is placed in its zone afterwards, so daylight saving changes
 * never shift the wall-clock time.
 */
final class RecurrenceExpander {

    /** Beyond this many instances before the window ends, a rule is treated as runaway. */
    static final int MAX_INSTANCES = 100_000;

    private static final TimeZone WALL = TimeZone.getTimeZone(ZoneOffset.UTC);

    private RecurrenceExpander() {}

    /**
     * Original starts before {@code to}; instances ending long before {@code notBefore} may be left
     * out.
     */
    static List<IcsTime> originalStarts(ParsedEvent master, Instant notBefore, Instant to)
            throws BadEventException {
        IcsTime first = master.start();
        TreeMap<Instant, IcsTime> starts = new TreeMap<>();
        starts.put(first.instant(), first);
        if (master.rule() != null) {
            addRuleInstances(master.rule(), first, notBefore, to, starts);
        }
        for (IcsTime extra : master.recurrenceDates()) {
            starts.putIfAbsent(extra.instant(), extra);
        }
        starts.values()
                .removeIf(s -> master.exceptionDates().stream().anyMatch(x -> x.sameSlot(s)));
        return new ArrayList<>(starts.headMap(to).values());
    }

    private static void addRuleInstances(
            Recurrence rule,
            IcsTime first,
            Instant notBefore,
            Instant to,
            TreeMap<Instant, IcsTime> starts)
            throws BadEventException {
        Recurrence wallRule = UntilInWallTime.convert(rule, first);
        // Always as a date-time at UTC wall time: the library reads a date-only start in the
        // JVM's default zone, which moved all-day instances to the previous day west of UTC.
        DateIterator instances =
                wallRule.getDateIterator(new ICalDate(toDate(first.wall()), true), WALL);
        Integer count = wallRule.getCount();
        if (count == null) {
            // Skipping ahead is only safe without COUNT, which numbers instances from the start.
            LocalDateTime skipTo = first.zone().wallTime(notBefore).minusDays(2);
            if (skipTo.isAfter(first.wall())) {
                instances.advanceTo(toDate(skipTo));
            }
        }
        // RFC 5545 counts DTSTART as the first instance even when the rule would not produce it.
        int limit = count == null ? Integer.MAX_VALUE : count;
        boolean firstChecked = count == null;
        for (int produced = 0; instances.hasNext(); ) {
            IcsTime instance = first.at(toWall(instances.next()));
            if (!firstChecked) {
                firstChecked = true;
                limit = instance.wall().equals(first.wall()) ? count : count - 1;
            }
            if (produced >= limit || !instance.instant().isBefore(to)) {
                return;
            }
            if (++produced > MAX_INSTANCES) {
                throw new BadEventException(
                        "its repeat rule yields more than "
                                + MAX_INSTANCES
                                + " instances before the window ends");
            }
            starts.putIfAbsent(instance.instant(), instance);
        }
    }

    static Date toDate(LocalDateTime wall) {
        return Date.from(wall.toInstant(ZoneOffset.UTC));
    }

    private static LocalDateTime toWall(Date date) {
        return LocalDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }
}
