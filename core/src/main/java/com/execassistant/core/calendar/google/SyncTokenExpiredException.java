package com.execassistant.core.calendar.google;

/** Google answered 410 to a sync token: the calendar must be listed again in full. */
final class SyncTokenExpiredException extends Exception {

    private static final long serialVersionUID = 1L;

    SyncTokenExpiredException() {
        super("the sync token expired", null, false, false);
    }
}
