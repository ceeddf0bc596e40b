package com.execassistant.core.classify;

import java.time.Instant;
import java.util.Objects;

/**
 * What a meeting is and when its prep starts.
 *
 * @param type the meeting type's name, {@code default} when no rule matched
 * @param rule a plain explanation of the decision: which type, which keyword where, how many people
 *     against which rule, and why the meeting is not prepped when it is not
 * @param prepHoursBefore the type's prep lead time
 * @param prepTriggerTime when prep starts; null when the meeting is not prepped
 * @param late whether the ideal start (meeting start minus prepHoursBefore) had already passed, so
 *     prep starts now with less time than the type asks for
 * @param skipReason why the meeting is not prepped, or null when it is
 */
public record Classification(
        String type,
        String rule,
        int prepHoursBefore,
        Instant prepTriggerTime,
        boolean late,
        SkipReason skipReason) {

    public Classification {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
        if (skipReason == null && prepTriggerTime == null) {
            throw new IllegalArgumentException("a prepped meeting needs a trigger time");
        }
        if (skipReason != null && (prepTriggerTime != null || late)) {
            throw new IllegalArgumentException("a skipped meeting has no trigger and is not late");
        }
    }

    /** Whether prep will run for this meeting. */
    public boolean prepNeeded() {
        return skipReason == null;
    }
}
