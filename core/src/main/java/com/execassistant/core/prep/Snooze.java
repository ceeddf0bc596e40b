package com.execassistant.core.prep;

import java.time.Instant;
import java.util.Objects;

/**
 * The user's latest "not now" for a run's prep questions: one nudge is owed at {@link #nudgeAt}.
 *
 * @param number counts the run's snoozes from 1; each snooze's nudge is its own notification
 *     ({@link #tag}), so a second snooze gets a nudge even after the first one's went out
 * @param nudgeAt when the nudge is due; null once it went out or was called off
 * @param snoozedAt when the user snoozed; a Q&A touched after that needs no nudge
 */
public record Snooze(String runId, int number, Instant nudgeAt, Instant snoozedAt) {

    public Snooze {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(snoozedAt, "snoozedAt");
        if (number < 1) {
            throw new IllegalArgumentException("snoozes are counted from 1");
        }
    }

    /** The run's first snooze. */
    public static Snooze first(String runId, Instant nudgeAt, Instant now) {
        return new Snooze(runId, 1, nudgeAt, now);
    }

    /** Another snooze of the same run: it replaces any nudge still owed. */
    public Snooze again(Instant at, Instant now) {
        return new Snooze(runId, number + 1, at, now);
    }

    /** Whether a nudge is still owed. */
    public boolean pending() {
        return nudgeAt != null;
    }

    /** The notification record's tag for this snooze's nudge. */
    public String tag() {
        return "snooze-" + number;
    }
}
