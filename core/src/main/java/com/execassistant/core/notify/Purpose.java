package com.execassistant.core.notify;

/** Why the user is being told something; at most one notification per run and purpose. */
public enum Purpose {
    /** Prep time has come: start the Q&A (buttons Start Prep / Snooze / Skip). */
    PREP_START,
    /**
     * The prep asked again after the user snoozed it (buttons Start Prep / Snooze / Skip); one per
     * snooze, told apart by the record's tag.
     */
    SNOOZED_PREP,
    /** The materials are ready (preview and files). */
    MATERIALS_READY,
    /** The final reminder shortly before the meeting (with materials, or a quick-prep nudge). */
    REMINDER,
    /** A meeting the user was already told about was cancelled. */
    MEETING_CANCELLED
}
