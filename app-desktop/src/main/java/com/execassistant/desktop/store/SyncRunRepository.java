package com.execassistant.desktop.store;

import static com.execassistant.desktop.store.JdbcMeetingStore.instant;
import static com.execassistant.desktop.store.JdbcMeetingStore.ts;

import com.execassistant.core.calendar.SkippedEvent;
import com.execassistant.core.monitor.SyncRun;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The history of monitor runs, for {@code runs list}. */
public final class SyncRunRepository {

    private final Database db;

    public SyncRunRepository(Database db) {
        this.db = db;
    }

    /** A stored run: its figures and the plain-sentence detail of errors and skipped events. */
    public record StoredRun(
            long id, SyncRun run, int errorCount, int skippedCount, String detail) {}

    public void record(SyncRun run) {
        List<String> lines = new ArrayList<>(run.errors());
        for (SkippedEvent s : run.skipped()) {
            lines.add("skipped " + s);
        }
        try (Connection c = db.connection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "INSERT INTO sync_run (started_at, finished_at, accounts, fetched,"
                                        + " created, updated, cancelled, api_calls, error_count,"
                                        + " skipped, detail) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setObject(1, ts(run.startedAt()));
            ps.setObject(2, ts(run.finishedAt()));
            ps.setInt(3, run.accounts());
            ps.setInt(4, run.fetched());
            ps.setInt(5, run.created());
            ps.setInt(6, run.updated());
            ps.setInt(7, run.cancelled());
            ps.setInt(8, run.apiCalls());
            ps.setInt(9, run.errors().size());
            ps.setInt(10, run.skipped().size());
            ps.setString(11, String.join("\n", lines));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot record the sync run: " + e.getMessage(), e);
        }
    }

    /** The most recent runs first. */
    public List<StoredRun> recent(int limit) {
        List<StoredRun> out = new ArrayList<>();
        try (Connection c = db.connection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT id, started_at, finished_at, accounts, fetched, created,"
                                        + " updated, cancelled, api_calls, error_count, skipped,"
                                        + " detail FROM sync_run ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String detail = rs.getString(12);
                    SyncRun run =
                            new SyncRun(
                                    instant(rs.getObject(2, OffsetDateTime.class)),
                                    instant(rs.getObject(3, OffsetDateTime.class)),
                                    rs.getInt(4),
                                    rs.getInt(5),
                                    rs.getInt(6),
                                    rs.getInt(7),
                                    rs.getInt(8),
                                    rs.getInt(9),
                                    List.of(),
                                    List.of());
                    out.add(
                            new StoredRun(
                                    rs.getLong(1), run, rs.getInt(10), rs.getInt(11), detail));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the sync runs: " + e.getMessage(), e);
        }
    }
}
