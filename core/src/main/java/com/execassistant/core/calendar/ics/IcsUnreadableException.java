package com.execassistant.core.calendar.ics;

import com.execassistant.core.calendar.CalendarSourceException;

/**
 * An ICS source cannot be read at all: the file or address is missing, refuses access, cannot be
 * reached, or does not hold an iCalendar document. The message is a plain sentence for the user.
 */
public class IcsUnreadableException extends CalendarSourceException {

    private static final long serialVersionUID = 1L;

    public IcsUnreadableException(String message) {
        super(message);
    }

    public IcsUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
