package com.execassistant.desktop.prep.config;

/** prep.yaml is wrong; the message names the file, the line when known, and the fix. */
public class PrepConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PrepConfigException(String message) {
        super(message);
    }
}
