package com.execassistant.desktop.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Forgets everything the database holds for one account: the account, its meetings and sync state,
 * prep events, prep runs with their Q&amp;A sessions, notification log and pending wake-ups, and
 * the skips of its meetings. One transaction, so a failure leaves the account whole rather than
 * half gone. Rows of other accounts are never touched: every delete is keyed by the account or by
 * runs and meetings that belong to it.
 */
public final class AccountPurge {

    /** What was removed: the runs (their files are the caller's) and how many meetings. */
    public record Purged(List<String> runIds, int meetings) {
        public Purged {
            runIds = List.copyOf(runIds);
        }
    }

    private static final String RUNS = "SELECT run_id FROM prep_run WHERE account_id = ?";

    private static final List<String> DELETES =
            List.of(
                    "DELETE FROM chat_session WHERE run_id IN (" + RUNS + ")",
                    "DELETE FROM notification_log WHERE run_id IN (" + RUNS + ")",
                    "DELETE FROM prep_snooze WHERE run_id IN (" + RUNS + ")",
                    "DELETE FROM meeting_type_override WHERE account_id = ?",
                    // The runs' wake-ups are their own rows: the engine's tick finds none left.
                    "DELETE FROM prep_skip WHERE target_id IN"
                            + " (SELECT id FROM meeting WHERE account_id = ?)",
                    "DELETE FROM prep_run WHERE account_id = ?",
                    "DELETE FROM prep_event WHERE account_id = ?",
                    "DELETE FROM meeting WHERE account_id = ?",
                    "DELETE FROM sync_state WHERE account_id = ?",
                    "DELETE FROM account WHERE id = ?");

    private final Database db;

    public AccountPurge(Database db) {
        this.db = db;
    }

    public Purged purge(String accountId) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                List<String> runs = runIds(c, accountId);
                int meetings = count(c, accountId);
                deleteSeriesSkips(c, accountId);
                for (String sql : DELETES) {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setString(1, accountId);
                        ps.executeUpdate();
                    }
                }
                c.commit();
                return new Purged(runs, meetings);
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot remove the account's data: " + e.getMessage(), e);
        }
    }

    /** A series skip goes only when no other account has a meeting of that series. */
    private static void deleteSeriesSkips(Connection c, String accountId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "DELETE FROM prep_skip WHERE target_id IN (SELECT series_id FROM meeting"
                                + " WHERE account_id = ? AND series_id IS NOT NULL) AND target_id"
                                + " NOT IN (SELECT series_id FROM meeting WHERE account_id <> ?"
                                + " AND series_id IS NOT NULL)")) {
            ps.setString(1, accountId);
            ps.setString(2, accountId);
            ps.executeUpdate();
        }
    }

    private static List<String> runIds(Connection c, String accountId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(RUNS)) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static int count(Connection c, String accountId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT COUNT(*) FROM meeting WHERE account_id = ?")) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
