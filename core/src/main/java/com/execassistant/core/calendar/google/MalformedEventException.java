package com.execassistant.core.calendar.google;

/** One event Google returned cannot be read; it is skipped and reported, the rest imports. */
final class MalformedEventException extends Exception {

    private static final long serialVersionUID = 1L;

    MalformedEventException(String reason) {
        super(reason, null, false, false);
    }
}
