package com.execassistant.core.notify;

/** A channel could not deliver; the message is a plain reason for the record. */
public class NotificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotificationException(String message) {
        super(message);
    }

    public NotificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
