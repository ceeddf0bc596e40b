package com.execassistant.core.chat;

/** Where a prep Q&A stands. */
public enum ChatState {
    CREATED,
    ACTIVE,
    COMPLETED,
    DONE_EARLY,
    TIMED_OUT,
    CANCELLED;

    public boolean finished() {
        return this == COMPLETED || this == DONE_EARLY || this == TIMED_OUT || this == CANCELLED;
    }
}
