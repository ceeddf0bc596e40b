package com.execassistant.core.prep;

/** A prep command that cannot be done; the message is a plain sentence. */
public class PrepException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PrepException(String message) {
        super(message);
    }
}
