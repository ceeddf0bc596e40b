package com.execassistant.desktop.ui.tray;

import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.Purpose;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The app and the icon as the tray's ViewModel sees them, recording what they were asked. */
final class RecordingTray implements TrayActions, TrayOutput {

    final List<String> actions = new ArrayList<>();
    final List<TrayMessage> balloons = new ArrayList<>();
    String tooltip;
    Boolean pausedShown;

    @Override
    public void showWindow() {
        actions.add("show window");
    }

    @Override
    public void openRun(String runId) {
        actions.add("open run " + runId);
    }

    @Override
    public void syncNow() {
        actions.add("sync now");
    }

    @Override
    public void quit() {
        actions.add("quit");
    }

    @Override
    public void balloon(TrayMessage message) {
        balloons.add(message);
    }

    @Override
    public void state(String tip, boolean paused) {
        this.tooltip = tip;
        this.pausedShown = paused;
    }

    List<String> titles() {
        return balloons.stream().map(TrayMessage::title).toList();
    }

    static Notification prepStart(String runId, String title, Instant start) {
        return new Notification(
                runId,
                Purpose.PREP_START,
                "Prep for " + title + " starts now",
                title,
                "qbr",
                start,
                null,
                null,
                List.of(Notification.Action.START_PREP),
                List.of());
    }
}
