package com.execassistant.core.config;

/**
 * How many people a meeting must have for a meeting type to apply. People are the organizer and the
 * required (non-optional) invitees, each counted once; rooms and other resources are not people.
 *
 * @param min smallest admitted count, at least 0
 * @param max largest admitted count, {@link Integer#MAX_VALUE} when unbounded
 */
public record AttendeeBounds(int min, int max) {

    /** Admits any number of people. */
    public static final AttendeeBounds ANY = new AttendeeBounds(0, Integer.MAX_VALUE);

    public AttendeeBounds {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("invalid attendee bounds " + min + ".." + max);
        }
    }

    public boolean admits(int count) {
        return count >= min && count <= max;
    }

    public boolean isAny() {
        return min == 0 && max == Integer.MAX_VALUE;
    }

    /** Plain words for explanations, e.g. "at least 10", "exactly 2", "any number". */
    public String describe() {
        if (isAny()) {
            return "any number";
        }
        if (min == max) {
            return "exactly " + min;
        }
        if (max == Integer.MAX_VALUE) {
            return "at least " + min;
        }
        if (min == 0) {
            return "at most " + max;
        }
        return "between " + min + " and " + max;
    }
}
