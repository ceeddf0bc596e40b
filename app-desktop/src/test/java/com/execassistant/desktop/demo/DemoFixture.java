package com.execassistant.desktop.demo;

import com.execassistant.core.account.Account;
import com.execassistant.core.account.AccountKind;
import com.execassistant.core.context.file.FileContextSource;
import com.execassistant.core.materials.TemplateMaterialsWriter;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepSettings;
import com.execassistant.desktop.prep.MutableClock;
import com.execassistant.desktop.prep.PrepRuntime;
import com.execassistant.desktop.store.JdbcPrepRunStore;
import com.execassistant.desktop.sync.CalendarSources;
import com.execassistant.desktop.workspace.LocalRuntime;
import com.execassistant.desktop.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A real workspace in a temporary folder (H2, vault, files) on a clock the test sets: the demo
 * tests run the whole setup, sync and prep engine, with nothing faked.
 */
final class DemoFixture implements AutoCloseable {

    /** Tuesday 3 March 2026, 10:15 on this computer's clock. */
    static final LocalDateTime TUESDAY_MORNING = LocalDateTime.of(2026, 3, 3, 10, 15);

    final Path root;
    final MutableClock clock;
    final LocalRuntime rt;
    PrepRuntime engine;

    DemoFixture(Path root, LocalDateTime localNow) {
        this.root = root;
        this.clock = new MutableClock(localNow.atZone(ZoneId.systemDefault()).toInstant());
        this.rt = LocalRuntime.open(Workspace.open(root), clock);
    }

    Instant now() {
        return clock.instant();
    }

    /** The demo account's stored occurrences. */
    List<MeetingRecord> demoMeetings() {
        Account demo = DemoWorkspace.demoAccount(rt).orElseThrow();
        return new ArrayList<>(
                rt.meetings().meetings(demo.id(), CalendarSources.ICS_CALENDAR_ID).values());
    }

    MeetingRecord demoMeeting(String title) {
        return demoMeetings().stream()
                .filter(m -> m.event().title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo meeting " + title));
    }

    List<PrepRun> runsOf(String accountId) {
        return query(
                "SELECT run_id FROM prep_run WHERE account_id = ?",
                accountId,
                rs -> new JdbcPrepRunStore(rt.database()).find(rs.getString(1)).orElseThrow());
    }

    /** An ordinary ICS account from a small file, synced: the user's real calendar. */
    Account addRealAccount() throws Exception {
        LocalDateTime tomorrow = LocalDateTime.ofInstant(now(), ZoneId.systemDefault()).plusDays(1);
        String day = tomorrow.toLocalDate().toString().replace("-", "");
        Path file = root.resolve("work.ics");
        Files.writeString(
                file,
                """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Test//EN
                BEGIN:VEVENT
                UID:budget-review@corp.test
                DTSTAMP:20260301T000000Z
                DTSTART:%sT150000
                DTEND:%sT160000
                SUMMARY:Budget review with Finance
                ORGANIZER:mailto:me@corp.test
                ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@corp.test
                ATTENDEE;PARTSTAT=ACCEPTED:mailto:cfo@corp.test
                ATTENDEE;PARTSTAT=ACCEPTED:mailto:fpa@corp.test
                END:VEVENT
                END:VCALENDAR
                """
                        .formatted(day, day)
                        .replace("\n", "\r\n"));
        String id = rt.accounts().nextId(AccountKind.ICS);
        rt.sources().vault().put(CalendarSources.icsSourceKey(id), file.toString());
        Account real = new Account(id, AccountKind.ICS, "work.ics", "me@corp.test", Map.of(), true);
        rt.accounts().add(real);
        rt.monitor().runOnce(List.of(real));
        return real;
    }

    /** The workspace's prep engine, started, with no push channel (the in-app inbox). */
    PrepRuntime startEngine() {
        engine =
                new PrepRuntime(
                        rt.database(),
                        rt.config(),
                        clock,
                        new PrepRuntime.Options(
                                PrepSettings.defaults(ZoneId.systemDefault()),
                                List::of,
                                new TemplateMaterialsWriter(clock),
                                FileContextSource.forAllKinds(root.resolve("context")),
                                Duration.ofSeconds(5),
                                root.resolve("materials"),
                                Duration.ofMillis(20),
                                2,
                                store -> store));
        engine.start();
        return engine;
    }

    /** Waits (bounded) until the run satisfies {@code done}; the engine works on its threads. */
    PrepRun await(String runId, Predicate<PrepRun> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JdbcPrepRunStore runs = new JdbcPrepRunStore(rt.database());
        PrepRun r = runs.find(runId).orElseThrow();
        while (!done.test(r)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the run did not get there; it is " + r);
            }
            Thread.sleep(20);
            r = runs.find(runId).orElseThrow();
        }
        return r;
    }

    /**
     * Waits (bounded) until the engine has finished its execution of the run and stored the next
     * wake-up, so that a message sent now is not racing the execution that asked the question.
     */
    void awaitIdle(String runId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        // The engine's one tick takes every due run: the run is let go when no tick is running.
        while (query(
                                "SELECT COUNT(*) FROM scheduled_tasks WHERE picked = TRUE AND"
                                        + " task_name = ?",
                                com.execassistant.desktop.prep.LocalPrepEngine.TASK,
                                rs -> rs.getInt(1))
                        .getFirst()
                > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the engine did not let go of " + runId);
            }
            Thread.sleep(20);
        }
    }

    /** How many rows of a table match a condition on one value. */
    int count(String table, String where, String value) {
        return query("SELECT COUNT(*) FROM " + table + " WHERE " + where, value, rs -> rs.getInt(1))
                .getFirst();
    }

    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    <T> List<T> query(String sql, String value, Row<T> row) {
        try (Connection c = rt.database().connection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        if (engine != null) {
            engine.close();
        }
        rt.close();
    }
}
