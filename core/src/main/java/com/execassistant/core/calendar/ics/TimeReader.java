package com.execassistant.core.calendar.ics;

import biweekly.component.VEvent;
import biweekly.property.ICalProperty;
import biweekly.property.RawProperty;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * Reads date and date-time values from their raw written form. The library parses leniently (it
 * rolls "month 13" into the next year), so every value is rebuilt and checked here.
 */
final class TimeReader {

    private final ZoneResolver zones;

    TimeReader(ZoneResolver zones) {
        this.zones = zones;
    }

    IcsTime read(ICalProperty property, ICalDate value, String what) throws BadEventException {
        DateTimeComponents raw = value == null ? null : value.getRawComponents();
        if (raw == null) {
            throw new BadEventException("its " + what + " cannot be read");
        }
        LocalDateTime wall;
        try {
            wall =
                    raw.hasTime()
                            ? LocalDateTime.of(
                                    raw.getYear(),
                                    raw.getMonth(),
                                    raw.getDate(),
                                    raw.getHour(),
                                    raw.getMinute(),
                                    raw.getSecond())
                            : LocalDateTime.of(raw.getYear(), raw.getMonth(), raw.getDate(), 0, 0);
        } catch (DateTimeException e) {
            throw new BadEventException(
                    "its " + what + " \"" + raw + "\" is not a real date or time");
        }
        return new IcsTime(wall, !raw.hasTime(), zones.zoneOf(property, raw));
    }

    /**
     * Fails when the library kept a property as raw text because its value could not be parsed;
     * otherwise the event would silently lose its start, end or rule.
     */
    static void requireParsed(VEvent event, String name, String what) throws BadEventException {
        RawProperty raw = event.getExperimentalProperty(name);
        if (raw != null) {
            throw new BadEventException(
                    "its " + what + " \"" + raw.getValue() + "\" cannot be read");
        }
    }
}
