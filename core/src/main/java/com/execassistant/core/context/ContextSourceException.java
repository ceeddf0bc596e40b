package com.execassistant.core.context;

/**
 * A context source could not provide its data. The message is a plain sentence meant for the user
 * ("no data file budget.yaml in the workspace"); it becomes the reason of a {@link ContextGap}.
 */
public class ContextSourceException extends Exception {

    public ContextSourceException(String message) {
        super(message);
    }

    public ContextSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
