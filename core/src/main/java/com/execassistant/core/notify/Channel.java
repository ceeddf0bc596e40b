package com.execassistant.core.notify;

/** Where a notification can go, in the default order of preference. */
public enum Channel {
    TRAY,
    SLACK,
    SMS,
    /**
     * The app's own list (and {@code prep list}): where a notification goes when the user has set
     * up no other channel. Never a fallback after failures: those must surface as failures.
     */
    INBOX
}
