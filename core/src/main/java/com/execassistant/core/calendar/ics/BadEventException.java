package com.execassistant.core.calendar.ics;

/**
 * One event in a file cannot be imported. Checked on purpose: every reader step must decide that
 * the event is skipped and reported, never that the whole file fails.
 */
final class BadEventException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param reason a plain sentence about the event, starting with "it", e.g. "it has no start"
     */
    BadEventException(String reason) {
        super(reason);
    }
}
