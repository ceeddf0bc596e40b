package com.execassistant.core.calendar;

/**
 * A calendar entry that could not be imported.
 *
 * @param source where it came from (file, URL or calendar id)
 * @param uid its UID or id when one could be read, else null
 * @param reason a plain sentence saying what is wrong with it
 */
public record SkippedEvent(String source, String uid, String reason) {

    @Override
    public String toString() {
        return source + (uid == null ? "" : " [" + uid + "]") + ": " + reason;
    }
}
