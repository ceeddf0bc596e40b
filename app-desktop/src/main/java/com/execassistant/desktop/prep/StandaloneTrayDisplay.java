package com.execassistant.desktop.prep;

import com.execassistant.core.notify.Notification;
import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;

/**
 * Tray messages for the headless engine ({@code run}) on a machine that has a tray: an icon of its
 * own, added at the first message. The desktop app shows them on its one tray icon instead.
 */
public final class StandaloneTrayDisplay implements TrayDisplay {

    private TrayIcon icon;

    @Override
    public boolean available() {
        return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
    }

    @Override
    public synchronized String show(Notification n) {
        try {
            if (icon == null) {
                icon = new TrayIcon(TrayIconImage.image(), "Exec Assistant");
                icon.setImageAutoSize(true);
                SystemTray.getSystemTray().add(icon);
            }
        } catch (AWTException e) {
            throw new IllegalStateException("The tray refused the icon: " + e.getMessage(), e);
        }
        icon.displayMessage(
                n.headline(),
                n.summary() == null ? n.meetingTitle() : n.summary(),
                TrayIcon.MessageType.INFO);
        return "tray";
    }
}
