package com.execassistant.desktop.prep;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.notify.Channel;
import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.NotificationDispatcher;
import com.execassistant.core.notify.NotificationDispatcher.Attempt;
import com.execassistant.core.notify.Purpose;
import com.execassistant.desktop.store.Database;
import com.execassistant.desktop.store.JdbcNotificationLog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs due together, told about in one tray balloon. */
class TrayDigestTest {

    private static final Instant NOW = Instant.parse("2030-03-04T08:00:00Z");

    private final List<Notification> shown = new ArrayList<>();
    private final TrayDisplay display =
            new TrayDisplay() {
                @Override
                public boolean available() {
                    return true;
                }

                @Override
                public String show(Notification n) {
                    shown.add(n);
                    return "tray";
                }
            };
    private final Database db = Database.inMemory("tray-digest-" + UUID.randomUUID());

    @AfterEach
    void close() {
        db.close();
    }

    private static List<Notification> preps(String... titles) {
        List<Notification> items = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            items.add(
                    new Notification(
                            "run-" + i,
                            Purpose.PREP_START,
                            "Prep for " + titles[i] + " starts now",
                            titles[i],
                            "qbr",
                            NOW.plusSeconds(3600L * (i + 1)),
                            null,
                            null,
                            List.of(Notification.Action.START_PREP),
                            List.of()));
        }
        return items;
    }

    @Test
    void aDigestIsOneBalloonCountingTheMeetingsAndNamingTheFirst() {
        new TrayNotifier(true, display).sendDigest(preps("QBR", "Board", "1:1", "Offsite"));

        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).headline()).isEqualTo("4 meetings to prep for");
        assertThat(shown.get(0).summary()).isEqualTo("QBR, Board and 2 more");
        assertThat(shown.get(0).runId()).isEqualTo("run-0");
    }

    @Test
    void aHeldDigestLastsUntilItsLastMeetingBegins() {
        Notification digest = TrayNotifier.digest(preps("QBR", "Board", "1:1"));

        assertThat(digest.meetingStart()).isEqualTo(NOW.plusSeconds(3 * 3600));
    }

    @Test
    void aBatchThroughTheDispatcherIsOneBalloonRecordedForEachRun() {
        JdbcNotificationLog log = new JdbcNotificationLog(db);
        NotificationDispatcher dispatcher =
                new NotificationDispatcher(
                        () -> List.of(new TrayNotifier(true, display)),
                        log,
                        Clock.fixed(NOW, ZoneOffset.UTC));

        List<Attempt> attempts = dispatcher.deliverAll(preps("QBR", "Board", "1:1"), "");

        assertThat(shown).hasSize(1);
        assertThat(attempts).allMatch(a -> a.delivered() && a.delivery().channel() == Channel.TRAY);
        assertThat(log.all()).hasSize(6);
    }
}
