package com.execassistant.core.calendar.ics;

import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.property.ICalProperty;
import biweekly.property.RawProperty;
import biweekly.util.DateTimeComponents;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Decides which zone places each time of a calendar: a database zone when the TZID names one
 * (directly, as a Windows name, or through the VTIMEZONE's X-LIC-LOCATION), else the VTIMEZONE's
 * own rules; floating times and dates use the calendar's zone.
 */
final class ZoneResolver {

    private final TimezoneInfo timezones;
    private final ZoneId calendarZone;

    ZoneResolver(TimezoneInfo timezones, ZoneId calendarZone) {
        this.timezones = timezones;
        this.calendarZone = calendarZone;
    }

    /** X-WR-TIMEZONE when it names a zone, else the given default. */
    static ZoneId calendarZone(RawProperty xWrTimezone, ZoneId fallback) {
        if (xWrTimezone == null || xWrTimezone.getValue() == null) {
            return fallback;
        }
        return named(xWrTimezone.getValue()).orElse(fallback);
    }

    EventZone zoneOf(ICalProperty property, DateTimeComponents raw) throws BadEventException {
        if (!raw.hasTime()) {
            return new EventZone.Known(calendarZone);
        }
        if (raw.isUtc()) {
            return new EventZone.Utc(calendarZone);
        }
        TimezoneAssignment assigned = timezones.getTimezone(property);
        if (assigned != null && assigned.getComponent() != null) {
            return defined(assigned);
        }
        String tzid =
                assigned != null
                        ? assigned.getGlobalId()
                        : property.getParameters().getTimezoneId();
        if (tzid == null) {
            return new EventZone.Known(calendarZone);
        }
        return named(tzid)
                .<EventZone>map(EventZone.Known::new)
                .orElseThrow(
                        () ->
                                new BadEventException(
                                        "it uses the time zone \""
                                                + tzid
                                                + "\", which the file does not define and which is"
                                                + " not a known zone"));
    }

    private static EventZone defined(TimezoneAssignment assigned) {
        VTimezone component = assigned.getComponent();
        String tzid = component.getTimezoneId() == null ? "" : component.getTimezoneId().getValue();
        RawProperty location = component.getExperimentalProperty("X-LIC-LOCATION");
        return named(tzid)
                .or(() -> location == null ? Optional.empty() : named(location.getValue()))
                .<EventZone>map(EventZone.Known::new)
                .orElseGet(() -> new EventZone.Defined(assigned.getTimeZone()));
    }

    /**
     * A database zone for a TZID: the id itself, a Windows name, or the tail of a prefixed id such
     * as "/mozilla.org/20070129_1/Europe/Berlin".
     */
    static Optional<ZoneId> named(String tzid) {
        if (tzid == null || tzid.isBlank()) {
            return Optional.empty();
        }
        String id = tzid.trim().replace("\"", "");
        Optional<ZoneId> zone = parse(id).or(() -> WindowsZones.lookup(id));
        for (int slash = id.indexOf('/'); zone.isEmpty() && slash >= 0; ) {
            zone = parse(id.substring(slash + 1));
            slash = id.indexOf('/', slash + 1);
        }
        return zone;
    }

    private static Optional<ZoneId> parse(String id) {
        if (!id.contains("/") && !id.equalsIgnoreCase("UTC") && !id.equalsIgnoreCase("GMT")) {
            // Bare abbreviations like "EST" are ambiguous; ZoneId.of would also reject most of
            // them.
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
