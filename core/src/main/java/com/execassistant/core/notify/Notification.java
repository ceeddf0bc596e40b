package com.execassistant.core.notify;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message to the user about one prep run, in a channel-neutral form: each channel renders it its
 * own way (a Slack message with blocks and buttons, a tray balloon, a short SMS).
 *
 * @param runId the prep run it belongs to; buttons carry it back, never a workflow token
 * @param headline one line ("Prep for QBR with ACME starts now")
 * @param meetingTitle the meeting's title
 * @param meetingType the meeting type's name
 * @param meetingStart when the meeting starts
 * @param summary a few lines of context summary, or null
 * @param body longer text (an agenda preview), or null
 * @param actions the buttons to offer, in order
 * @param attachments files to deliver with it (materials), possibly none
 */
public record Notification(
        String runId,
        Purpose purpose,
        String headline,
        String meetingTitle,
        String meetingType,
        Instant meetingStart,
        String summary,
        String body,
        List<Action> actions,
        List<Path> attachments) {

    public Notification {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(purpose, "purpose");
        actions = actions == null ? List.of() : List.copyOf(actions);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A button the user can press in channels that have buttons. */
    public enum Action {
        START_PREP("Start Prep"),
        SNOOZE("Snooze"),
        SKIP("Skip this meeting"),
        QUICK_PREP("Quick prep"),
        OPEN_MATERIALS("Open materials");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
