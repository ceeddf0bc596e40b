package com.execassistant.desktop.ui.tray;

import com.execassistant.core.notify.Notification;
import com.execassistant.desktop.prep.TrayDisplay;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The tray icon's behaviour, with no toolkit: its menu (Open, Sync now, Pause notifications, Quit),
 * the prep messages shown on it, and what a click on a message opens. It is the app's one {@link
 * TrayDisplay}, so the engine's tray messages appear on the same icon as the menu.
 *
 * <p>While notifications are paused, messages are held in the workspace instead of shown, and shown
 * on resume (or at the next start, if the app quit while paused); a held message whose meeting has
 * begun is dropped. Calls come from the engine's threads, the AWT thread and the FX thread, so
 * every method is synchronized.
 */
public final class TrayViewModel implements TrayDisplay {

    static final String SHOWN = "tray";
    static final String HELD = "tray-held";

    private final TrayActions actions;
    private final HeldMessages held;
    private final Clock clock;
    private TrayOutput output;
    private boolean paused;
    private boolean toldStillRunning;

    /** The run of the last prep message shown; a click on the icon opens its meeting. */
    private String lastRunId;

    public TrayViewModel(TrayActions actions, HeldMessages held, Clock clock) {
        this.actions = actions;
        this.held = held;
        this.clock = clock;
    }

    /** The icon is in the tray: messages show on it, and what was held last time shows now. */
    public synchronized void attach(TrayOutput icon) {
        this.output = icon;
        publishState();
        if (!paused) {
            releaseHeld();
        }
    }

    /** The icon left the tray (the app quits): messages go to the next channel from now on. */
    public synchronized void detach() {
        this.output = null;
    }

    public synchronized boolean installed() {
        return output != null;
    }

    /** Closing the window quits the app only where no tray icon would let the user get back. */
    public synchronized boolean closingWindowQuits() {
        return output == null;
    }

    /** The window was closed while the app keeps running: say where it went, once per run. */
    public synchronized void windowClosed() {
        if (output != null && !toldStillRunning) {
            toldStillRunning = true;
            output.balloon(
                    TrayMessage.info(
                            "Exec Assistant is still running",
                            "Preps and reminders keep coming. Open or quit it from this icon."));
        }
    }

    @Override
    public synchronized boolean available() {
        return output != null;
    }

    @Override
    public synchronized String show(Notification n) {
        TrayMessage m = TrayMessage.of(n);
        if (paused) {
            held.add(m);
            publishState();
            return HELD;
        }
        if (output == null) {
            throw new IllegalStateException("the tray icon is gone");
        }
        display(m);
        return SHOWN;
    }

    /** A held message counts as delivered: a send that a crash interrupted is not held twice. */
    @Override
    public synchronized Optional<String> findSent(Notification n) {
        return held.all().stream().anyMatch(m -> m.sameAs(n))
                ? Optional.of(HELD)
                : Optional.empty();
    }

    public void open() {
        actions.showWindow();
    }

    public void syncNow() {
        actions.syncNow();
    }

    public void quit() {
        actions.quit();
    }

    public synchronized boolean paused() {
        return paused;
    }

    /** Pauses or resumes; on resume every message held meanwhile is shown, oldest first. */
    public synchronized void setPaused(boolean pause) {
        if (paused == pause) {
            return;
        }
        paused = pause;
        if (!pause && output != null) {
            releaseHeld();
        }
        publishState();
    }

    /**
     * The icon or its message was clicked: the meeting of the last prep message opens (once); with
     * no such message, the window.
     */
    public synchronized void activated() {
        String run = lastRunId;
        lastRunId = null;
        if (run == null) {
            actions.showWindow();
        } else {
            actions.openRun(run);
        }
    }

    /** What the tooltip says: the app, and whether messages are being held. */
    public synchronized String tooltip() {
        if (!paused) {
            return "Exec Assistant";
        }
        int n = held.all().size();
        return "Exec Assistant - notifications paused"
                + (n == 0 ? "" : " (" + n + (n == 1 ? " message" : " messages") + " held)");
    }

    private void releaseHeld() {
        List<TrayMessage> waiting = held.all();
        for (TrayMessage m : waiting) {
            if (m.meetingStart() == null || m.meetingStart().isAfter(clock.instant())) {
                display(m);
            }
        }
        // Cleared only after showing: a crash in between shows one again rather than losing it.
        if (!waiting.isEmpty()) {
            held.clear();
        }
    }

    private void display(TrayMessage m) {
        output.balloon(m);
        if (m.runId() != null) {
            lastRunId = m.runId();
        }
    }

    private void publishState() {
        if (output != null) {
            output.state(tooltip(), paused);
        }
    }
}
