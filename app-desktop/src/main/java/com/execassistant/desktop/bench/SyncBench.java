package com.execassistant.desktop.bench;

import com.execassistant.core.account.Account;
import com.execassistant.core.account.AccountKind;
import com.execassistant.core.calendar.google.GoogleAccountCredentials;
import com.execassistant.core.calendar.google.GoogleCalendarSettings;
import com.execassistant.core.calendar.google.GoogleCalendarSource;
import com.execassistant.core.calendar.google.GoogleCredentialStore;
import com.execassistant.core.classify.MeetingClassifier;
import com.execassistant.core.config.MeetingTypes;
import com.execassistant.core.monitor.CalendarMonitor;
import com.execassistant.core.monitor.SyncRun;
import com.execassistant.core.secrets.MasterKey;
import com.execassistant.core.secrets.SecretVault;
import com.execassistant.desktop.store.Database;
import com.execassistant.desktop.store.JdbcMeetingStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A full sync of {@code events} Google events served in pages by a loopback fake into a fresh H2
 * store, then an incremental sync with no change, each end to end through the real Google client,
 * the monitor and the store.
 */
public final class SyncBench {

    /** The figures of one full and one no-change incremental sync. */
    public record Result(
            int events,
            Duration full,
            int fullApiCalls,
            int stored,
            Duration incremental,
            int incrementalApiCalls) {

        public double eventsPerSecond() {
            return events / (full.toNanos() / 1e9);
        }
    }

    private SyncBench() {}

    /**
     * @param calendarIds the calendars to read; empty lets the source ask Google for the selected
     *     ones (one calendar-list request more per sync)
     */
    public static Result run(MeetingTypes types, int events, int pageSize, List<String> calendarIds)
            throws IOException {
        Path dir = Files.createTempDirectory("exec-assistant-bench");
        Instant now = Instant.now();
        try (FakeGoogleCalendar google =
                        new FakeGoogleCalendar(events, pageSize, now.plus(Duration.ofHours(1)));
                Database db = Database.open(dir.resolve("db"))) {
            SecretVault vault =
                    SecretVault.open(dir.resolve("secrets.vault"), MasterKey.generate());
            new GoogleCredentialStore(vault)
                    .save(
                            "bench",
                            GoogleAccountCredentials.ofRefreshToken(
                                    "bench-client", "bench-secret", "bench-refresh"));
            GoogleCalendarSettings settings =
                    GoogleCalendarSettings.defaults()
                            .withEndpoints(google.baseUrl() + "/", google.baseUrl() + "/token")
                            .withRequestsPerMinute(100_000)
                            .withCalendarIds(calendarIds);
            JdbcMeetingStore store = new JdbcMeetingStore(db);
            CalendarMonitor monitor =
                    new CalendarMonitor(
                            store,
                            new MeetingClassifier(types),
                            a -> GoogleCalendarSource.create(vault, a.id(), settings),
                            Clock.systemUTC(),
                            1,
                            14);
            List<Account> accounts =
                    List.of(
                            new Account(
                                    "bench", AccountKind.GOOGLE, "bench", null, Map.of(), true));

            SyncRun full = monitor.runOnce(accounts);
            int stored =
                    store.meetingsBetween(
                                    now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(15)))
                            .size();
            // The median of several no-change syncs: one alone is mostly JIT and connection set-up.
            List<SyncRun> incremental = new java.util.ArrayList<>();
            for (int i = 0; i < 7; i++) {
                incremental.add(monitor.runOnce(accounts));
            }
            incremental.forEach(r -> check(full, r));
            incremental.sort(java.util.Comparator.comparing(SyncRun::duration));
            SyncRun median = incremental.get(incremental.size() / 2);
            return new Result(
                    events,
                    full.duration(),
                    full.apiCalls(),
                    stored,
                    median.duration(),
                    median.apiCalls());
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void check(SyncRun full, SyncRun incremental) {
        if (!full.errors().isEmpty() || !incremental.errors().isEmpty()) {
            throw new IllegalStateException(
                    "bench sync failed: " + full.errors() + incremental.errors());
        }
        if (incremental.created() + incremental.updated() + incremental.cancelled() != 0) {
            throw new IllegalStateException("a sync without changes changed meetings");
        }
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
