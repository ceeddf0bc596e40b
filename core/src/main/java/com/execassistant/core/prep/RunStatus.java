package com.execassistant.core.prep;

/** Where a prep run stands, as the user sees it. */
public enum RunStatus {
    /** Waiting for its prep time. */
    SCHEDULED,
    /** Working through steps, or waiting for the user's answers or the reminder time. */
    ACTIVE,
    /** A step failed and will be tried again at {@link PrepRun#wakeAt()}. */
    RETRYING,
    /** Every step done. */
    COMPLETED,
    /** A step failed past its retries; the error is kept and the user can retry. */
    FAILED,
    /** The meeting was cancelled, declined or moved (a newer run replaces this one). */
    CANCELLED,
    /** The user chose not to prep this meeting. */
    SKIPPED;

    public boolean finished() {
        return this == COMPLETED || this == FAILED || this == CANCELLED || this == SKIPPED;
    }
}
