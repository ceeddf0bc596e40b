package com.execassistant.desktop.ui.tray;

/** The tray icon as its ViewModel sees it: somewhere to show a message and the icon's state. */
public interface TrayOutput {

    /** Shows a message next to the icon. */
    void balloon(TrayMessage message);

    /** The icon's tooltip and the state of the Pause notifications item. */
    void state(String tooltip, boolean paused);
}
