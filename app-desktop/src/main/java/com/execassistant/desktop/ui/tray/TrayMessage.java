package com.execassistant.desktop.ui.tray;

import com.execassistant.core.notify.Notification;
import java.time.Instant;

/**
 * One tray message as shown (or held while notifications are paused).
 *
 * @param runId the prep run it is about, opened when the message is clicked; null for the app's own
 *     messages
 * @param purpose why it was sent (a run gets at most one message per purpose)
 * @param title the first line
 * @param text the line below it
 * @param meetingStart when the meeting starts; a held message is dropped once it has begun
 */
public record TrayMessage(
        String runId, String purpose, String title, String text, Instant meetingStart) {

    static TrayMessage of(Notification n) {
        return new TrayMessage(
                n.runId(),
                n.purpose().name(),
                n.headline(),
                n.summary() == null || n.summary().isBlank() ? n.meetingTitle() : n.summary(),
                n.meetingStart());
    }

    /** A message from the app itself, about no meeting. */
    static TrayMessage info(String title, String text) {
        return new TrayMessage(null, "INFO", title, text, null);
    }

    boolean sameAs(Notification n) {
        return n.runId().equals(runId) && n.purpose().name().equals(purpose);
    }
}
