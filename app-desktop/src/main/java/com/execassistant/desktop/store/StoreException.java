package com.execassistant.desktop.store;

/** The local store failed; the message is a plain sentence. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
