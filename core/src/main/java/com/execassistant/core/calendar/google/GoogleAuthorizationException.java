package com.execassistant.core.calendar.google;

/**
 * Connecting a Google account failed (sign-in cancelled, state mismatch, token exchange refused);
 * the message is a plain sentence for the user.
 */
public class GoogleAuthorizationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GoogleAuthorizationException(String message) {
        super(message);
    }

    public GoogleAuthorizationException(String message, Throwable cause) {
        super(message, cause);
    }
}
