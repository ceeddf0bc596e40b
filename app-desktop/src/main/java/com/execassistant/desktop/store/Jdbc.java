package com.execassistant.desktop.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The few JDBC shapes the repositories repeat: update with parameters, query into rows. */
final class Jdbc {

    /** Maps the current row. */
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Database db;

    Jdbc(Database db) {
        this.db = db;
    }

    int update(String what, String sql, Object... args) {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot save " + what + ": " + e.getMessage(), e);
        }
    }

    /** One statement for many rows, in one transaction: one commit for the whole batch. */
    void batch(String what, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = db.connection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    bind(ps, row);
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot save " + what + ": " + e.getMessage(), e);
        }
    }

    <T> List<T> query(String what, String sql, Row<T> row, Object... args) {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            ps.setObject(i + 1, a instanceof java.time.Instant t ? JdbcMeetingStore.ts(t) : a);
        }
    }
}
