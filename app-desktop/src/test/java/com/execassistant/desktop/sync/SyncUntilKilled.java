package com.execassistant.desktop.sync;

import com.execassistant.core.account.Account;
import com.execassistant.core.account.AccountKind;
import com.execassistant.core.classify.MeetingClassifier;
import com.execassistant.core.config.ConfigLoader;
import com.execassistant.core.monitor.CalendarChanges;
import com.execassistant.core.monitor.CalendarMonitor;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.monitor.MeetingStore;
import com.execassistant.core.monitor.SyncRun;
import com.execassistant.desktop.store.Database;
import com.execassistant.desktop.store.JdbcMeetingStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Run in a child JVM by {@link SyncKillTest}: syncs two calendars, and after committing the first
 * one writes a marker file and hangs, so the test can kill the process between them.
 */
public final class SyncUntilKilled {

    private SyncUntilKilled() {}

    public static void main(String[] args) throws Exception {
        Path dbFile = Path.of(args[0]);
        Path marker = Path.of(args[1]);
        Instant now = Instant.parse(args[2]);
        Database db = Database.open(dbFile);
        JdbcMeetingStore real = new JdbcMeetingStore(db);
        MeetingStore hangsAfterFirst =
                new MeetingStore() {
                    private int applied;

                    @Override
                    public Map<String, MeetingRecord> meetings(String a, String c) {
                        return real.meetings(a, c);
                    }

                    @Override
                    public Map<String, String> syncStates(String a) {
                        return real.syncStates(a);
                    }

                    @Override
                    public void apply(CalendarChanges changes) {
                        real.apply(changes);
                        if (++applied == 1) {
                            try {
                                Files.writeString(marker, "first calendar committed");
                                Thread.sleep(Long.MAX_VALUE);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    }

                    @Override
                    public void recordRun(SyncRun run) {
                        real.recordRun(run);
                    }
                };
        new CalendarMonitor(
                        hangsAfterFirst,
                        new MeetingClassifier(ConfigLoader.builtIn().load().meetingTypes()),
                        a -> new TwoCalendarSource(now, 50),
                        Clock.fixed(now, ZoneOffset.UTC),
                        1,
                        14)
                .runOnce(
                        List.of(
                                new Account(
                                        "acct", AccountKind.ICS, "test", null, Map.of(), true)));
    }
}
