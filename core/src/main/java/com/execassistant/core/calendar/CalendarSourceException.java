package com.execassistant.core.calendar;

/** A calendar account could not be read; the message is a plain sentence for the user. */
public class CalendarSourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CalendarSourceException(String message) {
        super(message);
    }

    public CalendarSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
