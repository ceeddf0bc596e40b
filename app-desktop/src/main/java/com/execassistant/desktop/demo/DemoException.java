package com.execassistant.desktop.demo;

/** The demo workspace could not be set up or removed; the message is a plain sentence. */
public class DemoException extends RuntimeException {

    public DemoException(String message) {
        super(message);
    }

    public DemoException(String message, Throwable cause) {
        super(message, cause);
    }
}
