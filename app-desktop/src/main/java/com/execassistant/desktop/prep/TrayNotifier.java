package com.execassistant.desktop.prep;

import com.execassistant.core.notify.Channel;
import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.NotificationException;
import com.execassistant.core.notify.Notifier;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop's system tray message, shown on a {@link TrayDisplay}. Where there is no tray (a
 * headless server, a desktop without a tray host) it reports itself unconfigured, so the dispatcher
 * goes on to the next channel instead of counting a message nobody saw.
 */
public final class TrayNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(TrayNotifier.class);

    private final boolean enabled;
    private final TrayDisplay display;

    /**
     * @param enabled the user's "tray on or off"
     * @param display the tray to show messages on
     */
    public TrayNotifier(boolean enabled, TrayDisplay display) {
        this.enabled = enabled;
        this.display = display;
    }

    @Override
    public Channel channel() {
        return Channel.TRAY;
    }

    @Override
    public boolean configured() {
        boolean available = enabled && display.available();
        if (enabled && !available) {
            LOG.info("No system tray here; tray notifications are skipped");
        }
        return available;
    }

    @Override
    public String send(Notification n) {
        try {
            return display.show(n);
        } catch (RuntimeException e) {
            throw new NotificationException(
                    "The tray message could not be shown: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> findSent(Notification n) {
        return display.findSent(n);
    }
}
