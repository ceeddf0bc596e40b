package com.execassistant.core.materials;

/** How the prep Q&A for a meeting ended, which the materials state plainly. */
public enum PrepOutcome {
    /** Every question was asked; each was answered or skipped. */
    COMPLETED,
    /** The user said "done" before the last question. */
    DONE_EARLY,
    /** The time limit for answering passed; whatever was answered before it is kept. */
    TIMED_OUT,
    /** No Q&A took place (a quick prep, or prep started after the chance to ask had passed). */
    NOT_ASKED
}
