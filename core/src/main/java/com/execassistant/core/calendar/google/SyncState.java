package com.execassistant.core.calendar.google;

import java.time.DateTimeException;
import java.time.Instant;

/**
 * What a Google calendar's opaque sync state holds: the sync token and how far ahead the calendar's
 * events were listed. Encoded as {@code v1|<instant>|<token>}; a bare token (no prefix) is accepted
 * with an unknown horizon.
 *
 * @param token Google's nextSyncToken
 * @param listedUntil the end of the last window listed in full, or null when unknown
 */
record SyncState(String token, Instant listedUntil) {

    private static final String PREFIX = "v1|";

    static SyncState parse(String raw) {
        if (raw.startsWith(PREFIX)) {
            int bar = raw.indexOf('|', PREFIX.length());
            if (bar > 0) {
                try {
                    Instant until = Instant.parse(raw.substring(PREFIX.length(), bar));
                    return new SyncState(raw.substring(bar + 1), until);
                } catch (DateTimeException e) {
                    // Not ours after all: treat it as a bare token.
                }
            }
        }
        return new SyncState(raw, null);
    }

    /** The encoded state, or null when Google gave no token to continue from. */
    String encode() {
        if (token == null) {
            return null;
        }
        return listedUntil == null ? token : PREFIX + listedUntil + "|" + token;
    }
}
