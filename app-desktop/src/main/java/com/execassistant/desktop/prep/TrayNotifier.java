package com.execassistant.desktop.prep;

import com.execassistant.core.notify.Channel;
import com.execassistant.core.notify.DigestWording;
import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.NotificationException;
import com.execassistant.core.notify.Notifier;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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

    /** A tray balloon has room for one line of titles, whatever the number of meetings. */
    @Override
    public int digestLimit() {
        return Integer.MAX_VALUE;
    }

    /**
     * Shows one balloon for them all ("3 meetings to prep for" over "QBR, Board and 1 more"); a
     * click on it opens the first meeting.
     */
    @Override
    public String sendDigest(List<Notification> items) {
        return send(digest(items));
    }

    /** The digest as the one message a tray display shows (or holds while paused). */
    static Notification digest(List<Notification> items) {
        Notification first = items.get(0);
        // Held while paused until the last of the meetings has begun, not the first.
        Instant latest =
                items.stream()
                        .map(Notification::meetingStart)
                        .filter(Objects::nonNull)
                        .max(Comparator.naturalOrder())
                        .orElse(null);
        String titles = DigestWording.titles(items, 2);
        return new Notification(
                first.runId(),
                first.purpose(),
                DigestWording.headline(items),
                titles,
                null,
                latest,
                titles,
                null,
                List.of(),
                List.of());
    }

    @Override
    public Optional<String> findSent(Notification n) {
        return display.findSent(n);
    }
}
