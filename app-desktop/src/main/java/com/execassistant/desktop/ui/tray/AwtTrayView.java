package com.execassistant.desktop.ui.tray;

import com.execassistant.desktop.prep.TrayIconImage;
import java.awt.AWTException;
import java.awt.CheckboxMenuItem;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.event.ItemEvent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tray icon itself, on AWT's {@link SystemTray} (JavaFX has none): the drawn icon, its menu,
 * and its messages. Thin on purpose; every decision is the {@link TrayViewModel}'s.
 */
public final class AwtTrayView implements TrayOutput {

    private static final Logger LOG = LoggerFactory.getLogger(AwtTrayView.class);

    private final TrayIcon icon;
    private final CheckboxMenuItem pause = new CheckboxMenuItem("Pause notifications");

    private AwtTrayView(TrayViewModel vm) {
        PopupMenu menu = new PopupMenu();
        menu.add(item("Open Exec Assistant", vm::open));
        menu.add(item("Sync now", vm::syncNow));
        pause.addItemListener(e -> vm.setPaused(e.getStateChange() == ItemEvent.SELECTED));
        menu.add(pause);
        menu.addSeparator();
        menu.add(item("Quit", vm::quit));
        icon = new TrayIcon(TrayIconImage.image(), "Exec Assistant", menu);
        icon.setImageAutoSize(true);
        // Fired by a click on a message, and by a double click on the icon.
        icon.addActionListener(e -> vm.activated());
    }

    /**
     * Puts the icon in the tray and attaches it to {@code vm}; empty where there is no tray (a
     * headless JVM, a desktop without a tray host).
     */
    public static Optional<AwtTrayView> install(TrayViewModel vm) {
        if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
            return Optional.empty();
        }
        try {
            AwtTrayView view = new AwtTrayView(vm);
            SystemTray.getSystemTray().add(view.icon);
            vm.attach(view);
            return Optional.of(view);
        } catch (AWTException | RuntimeException e) {
            LOG.warn("The tray icon could not be added: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Takes the icon out of the tray (on quit). */
    public void remove() {
        SystemTray.getSystemTray().remove(icon);
    }

    @Override
    public void balloon(TrayMessage m) {
        // Posted, not called: the caller holds the ViewModel's lock, which the AWT thread's menu
        // handlers also take.
        EventQueue.invokeLater(
                () -> icon.displayMessage(m.title(), m.text(), TrayIcon.MessageType.INFO));
    }

    @Override
    public void state(String tooltip, boolean paused) {
        EventQueue.invokeLater(
                () -> {
                    icon.setToolTip(tooltip);
                    pause.setState(paused);
                });
    }

    private static MenuItem item(String label, Runnable action) {
        MenuItem i = new MenuItem(label);
        i.addActionListener(e -> action.run());
        return i;
    }
}
