package com.execassistant.core.notify;

/** Where a notification can go, in the default order of preference. */
public enum Channel {
    TRAY,
    SLACK,
    SMS
}
