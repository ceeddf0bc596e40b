package com.execassistant.desktop.prep;

import com.execassistant.core.notify.Notification;
import java.util.Optional;

/**
 * Where tray messages go: the desktop app's one tray icon, or, for the headless {@code run}, an
 * icon of its own. Called on the engine's threads.
 */
public interface TrayDisplay {

    /** Whether there is a tray to show messages on. */
    boolean available();

    /**
     * Shows the message, or holds it while the user has paused notifications.
     *
     * @return the reference recorded for the delivery ("tray", or "tray-held")
     */
    String show(Notification n);

    /** Whether this message was already taken (held), for a send a crash interrupted. */
    default Optional<String> findSent(Notification n) {
        return Optional.empty();
    }
}
