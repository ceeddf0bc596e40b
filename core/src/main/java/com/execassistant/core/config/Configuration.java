package com.execassistant.core.config;

import java.util.List;
import java.util.Objects;

/**
 * The complete, validated configuration the app runs with. There is no partial configuration:
 * {@link ConfigLoader#load()} returns all of it or throws {@link ConfigException}.
 *
 * @param meetingTypes the meeting types in precedence order
 * @param calendar the calendar settings
 * @param warnings things that work but are probably not what the user meant
 */
public record Configuration(
        MeetingTypes meetingTypes, CalendarSettings calendar, List<ConfigWarning> warnings) {

    public Configuration {
        Objects.requireNonNull(meetingTypes, "meetingTypes");
        Objects.requireNonNull(calendar, "calendar");
        warnings = List.copyOf(warnings);
    }
}
