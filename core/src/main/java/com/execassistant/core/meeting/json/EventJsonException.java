package com.execassistant.core.meeting.json;

/** Meeting JSON that cannot be read; the message names the meeting and the field. */
public class EventJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EventJsonException(String message) {
        super(message);
    }
}
