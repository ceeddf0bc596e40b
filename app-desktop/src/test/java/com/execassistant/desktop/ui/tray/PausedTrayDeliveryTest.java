package com.execassistant.desktop.ui.tray;

import static com.execassistant.desktop.ui.tray.RecordingTray.prepStart;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.notify.Channel;
import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.NotificationDispatcher;
import com.execassistant.core.notify.NotificationRecord;
import com.execassistant.core.notify.Purpose;
import com.execassistant.desktop.prep.TrayNotifier;
import com.execassistant.desktop.store.Database;
import com.execassistant.desktop.store.JdbcNotificationLog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real dispatcher and notification log with the app's tray: a message held while paused is
 * delivered exactly once, on the tray, and shown on resume.
 */
class PausedTrayDeliveryTest {

    private static final Instant NOW = Instant.parse("2025-11-24T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir Path dir;
    private final Database db = Database.inMemory("paused-tray-" + UUID.randomUUID());
    private final JdbcNotificationLog log = new JdbcNotificationLog(db);
    private final RecordingTray app = new RecordingTray();

    @AfterEach
    void close() {
        db.close();
    }

    private NotificationDispatcher dispatcher(TrayViewModel tray) {
        return new NotificationDispatcher(() -> List.of(new TrayNotifier(true, tray)), log, CLOCK);
    }

    @Test
    void aPrepMessageSentWhilePausedIsRecordedOnTheTrayAndShownOnResume() {
        TrayViewModel tray = new TrayViewModel(app, new HeldMessages(dir), CLOCK);
        tray.attach(app);
        tray.setPaused(true);
        Notification n = prepStart("run-1", "Q4 QBR", NOW.plus(Duration.ofHours(2)));

        NotificationDispatcher.Delivery d = dispatcher(tray).deliver(n, "");
        tray.setPaused(false);

        assertThat(d.channel()).isEqualTo(Channel.TRAY);
        assertThat(d.reference()).isEqualTo("tray-held");
        assertThat(app.titles()).containsExactly("Prep for Q4 QBR starts now");
    }

    @Test
    void aSendCutShortByACrashWhilePausedIsNotHeldASecondTime() {
        TrayViewModel tray = new TrayViewModel(app, new HeldMessages(dir), CLOCK);
        tray.attach(app);
        tray.setPaused(true);
        Notification n = prepStart("run-1", "Q4 QBR", NOW.plus(Duration.ofHours(2)));
        // The crash: the message was held, but the process died before SENT was recorded.
        log.record(
                new NotificationRecord(
                        "run-1",
                        Purpose.PREP_START,
                        "",
                        Channel.TRAY,
                        NotificationRecord.Outcome.PENDING,
                        null,
                        null,
                        NOW));
        tray.show(n);

        NotificationDispatcher.Delivery d = dispatcher(tray).deliver(n, "");
        tray.setPaused(false);

        assertThat(d.alreadySent()).isTrue();
        assertThat(app.titles()).containsExactly("Prep for Q4 QBR starts now");
    }
}
