package com.execassistant.desktop.store;

/** Another process holds the workspace's database. */
public class DatabaseLockedException extends StoreException {

    private static final long serialVersionUID = 1L;

    public DatabaseLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
