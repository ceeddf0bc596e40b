package com.execassistant.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.account.Account;
import com.execassistant.core.account.AccountKind;
import com.execassistant.core.classify.MeetingClassifier;
import com.execassistant.core.config.ConfigLoader;
import com.execassistant.core.monitor.CalendarMonitor;
import com.execassistant.core.monitor.PrepEvent;
import com.execassistant.core.monitor.SyncRun;
import com.execassistant.desktop.store.Database;
import com.execassistant.desktop.store.JdbcMeetingStore;
import com.execassistant.desktop.store.PrepEventRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real syncing process half-way and checks that the next run completes it exactly. */
class SyncKillTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    @TempDir Path dir;

    @Test
    void aSyncKilledBetweenCalendarsIsCompletedByTheNextRunWithoutDuplicates() throws Exception {
        Path dbFile = dir.resolve("db");
        Path marker = dir.resolve("marker");
        Process child =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                SyncUntilKilled.class.getName(),
                                dbFile.toString(),
                                marker.toString(),
                                NOW.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("child.log").toFile())
                        .start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!Files.exists(marker) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(marker).as(Files.readString(dir.resolve("child.log"))).exists();
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        try (Database db = Database.open(dbFile)) {
            JdbcMeetingStore store = new JdbcMeetingStore(db);
            assertThat(store.meetings("acct", "work")).hasSize(50);
            assertThat(store.meetings("acct", "team")).isEmpty();

            SyncRun resumed = monitor(store).runOnce(List.of(account()));
            SyncRun again = monitor(store).runOnce(List.of(account()));

            assertThat(resumed.created()).isEqualTo(50);
            assertThat(again.created() + again.updated() + again.cancelled()).isZero();
            assertThat(store.meetings("acct", "team")).hasSize(50);
            List<PrepEvent> events = new PrepEventRepository(db).all();
            assertThat(events).hasSize(100);
            Map<String, Long> perMeeting =
                    events.stream()
                            .collect(
                                    Collectors.groupingBy(
                                            PrepEvent::meetingId, Collectors.counting()));
            assertThat(perMeeting.values()).containsOnly(1L);
        }
    }

    private static CalendarMonitor monitor(JdbcMeetingStore store) {
        return new CalendarMonitor(
                store,
                new MeetingClassifier(ConfigLoader.builtIn().load().meetingTypes()),
                a -> new TwoCalendarSource(NOW, 50),
                Clock.fixed(NOW, ZoneOffset.UTC),
                1,
                14);
    }

    private static Account account() {
        return new Account("acct", AccountKind.ICS, "test", null, Map.of(), true);
    }
}
