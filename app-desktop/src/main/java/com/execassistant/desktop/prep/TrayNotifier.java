package com.execassistant.desktop.prep;

import com.execassistant.core.notify.Channel;
import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.NotificationException;
import com.execassistant.core.notify.Notifier;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop's system tray message. Where there is no tray (a headless server, a desktop without a
 * tray host) it is a logged no-op that reports itself unconfigured, so the dispatcher goes on to
 * the next channel instead of counting a message nobody saw.
 */
public final class TrayNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(TrayNotifier.class);

    private final boolean enabled;
    private final Consumer<Notification> onShown;
    private TrayIcon icon;

    /**
     * @param onShown told about each message shown (the desktop app opens the meeting on click)
     */
    public TrayNotifier(boolean enabled, Consumer<Notification> onShown) {
        this.enabled = enabled;
        this.onShown = onShown;
    }

    @Override
    public Channel channel() {
        return Channel.TRAY;
    }

    @Override
    public boolean configured() {
        boolean available =
                enabled && !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
        if (enabled && !available) {
            LOG.info("No system tray here; tray notifications are skipped");
        }
        return available;
    }

    @Override
    public synchronized String send(Notification n) {
        try {
            if (icon == null) {
                icon =
                        new TrayIcon(
                                new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB),
                                "Exec Assistant");
                icon.setImageAutoSize(true);
                SystemTray.getSystemTray().add(icon);
            }
            icon.displayMessage(
                    n.headline(),
                    n.summary() == null ? n.meetingTitle() : n.summary(),
                    TrayIcon.MessageType.INFO);
            onShown.accept(n);
            return "tray";
        } catch (java.awt.AWTException | RuntimeException e) {
            throw new NotificationException(
                    "The tray message could not be shown: " + e.getMessage(), e);
        }
    }
}
