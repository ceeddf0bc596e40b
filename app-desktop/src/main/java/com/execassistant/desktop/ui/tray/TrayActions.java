package com.execassistant.desktop.ui.tray;

/**
 * What the tray asks of the app. The app's implementation hops to the FX thread; the tray's
 * ViewModel only decides which of these to call.
 */
public interface TrayActions {

    /** Shows the main window and brings it to the front. */
    void showWindow();

    /** Shows the main window on the meeting of a prep run. */
    void openRun(String runId);

    /** Syncs every calendar now, as the window's Sync now does. */
    void syncNow();

    /** Quits: the engine stops and the workspace closes cleanly. */
    void quit();
}
