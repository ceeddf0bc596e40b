package com.execassistant.core.prep;

/**
 * The steps of the prep workflow, in order. Both engines (the desktop's db-scheduler runner and the
 * cloud's state machine) run exactly these steps, through {@link PrepWorkflow}.
 */
public enum PrepStep {
    WAIT_UNTIL_PREP_TIME,
    LOAD_MEETING,
    GATHER_CONTEXT,
    SEND_PREP_NOTIFICATION,
    WAIT_FOR_CHAT_COMPLETION,
    GENERATE_MATERIALS,
    STORE_MATERIALS,
    SEND_MATERIALS,
    WAIT_UNTIL_REMINDER,
    SEND_REMINDER,
    DONE;

    /** The step after this one; DONE stays DONE. */
    public PrepStep next() {
        return this == DONE ? DONE : values()[ordinal() + 1];
    }
}
