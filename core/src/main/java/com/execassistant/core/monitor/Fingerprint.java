package com.execassistant.core.monitor;

import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.CalendarEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Hashes the fields whose change is a real update: time, title, attendees and their answers,
 * description, status, location. A re-fetch with only a new etag is not an update.
 */
final class Fingerprint {

    private Fingerprint() {}

    static String of(CalendarEvent e) {
        StringBuilder sb = new StringBuilder(256);
        sb.append(e.startInstant()).append('|').append(e.endInstant()).append('|');
        sb.append(e.allDay()).append('|').append(e.status()).append('|');
        sb.append(e.title()).append('|').append(nullToEmpty(e.description())).append('|');
        sb.append(nullToEmpty(e.location())).append('|');
        for (Attendee a : e.attendees()) {
            sb.append(a.email()).append(':').append(a.responseStatus()).append(':');
            sb.append(a.optional()).append(':').append(a.resource()).append(',');
        }
        return HexFormat.of().formatHex(sha256(sb.toString())).substring(0, 32);
    }

    /** A stable meeting id, so that the same occurrence always maps to the same row. */
    static String meetingId(String accountId, String calendarId, String externalId) {
        String key = accountId + '\u0000' + calendarId + '\u0000' + externalId;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
