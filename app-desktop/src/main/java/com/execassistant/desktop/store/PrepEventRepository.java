package com.execassistant.desktop.store;

import static com.execassistant.desktop.store.JdbcMeetingStore.instant;

import com.execassistant.core.monitor.PrepEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads the persisted prep events (the outbox the workflow engine consumes). */
public final class PrepEventRepository {

    private final Database db;

    public PrepEventRepository(Database db) {
        this.db = db;
    }

    /** Events not yet applied to the workflow, oldest first. */
    public List<Stored> unconsumed() {
        return new Jdbc(db)
                .query(
                        "prep events",
                        "SELECT seq, meeting_id, revision, kind, account_id, meeting_type,"
                                + " meeting_start, prep_trigger_at, late, reason, created_at"
                                + " FROM prep_event WHERE consumed_at IS NULL ORDER BY seq",
                        rs ->
                                new Stored(
                                        rs.getLong(1),
                                        new PrepEvent(
                                                rs.getString(2),
                                                rs.getInt(3),
                                                PrepEvent.Kind.valueOf(rs.getString(4)),
                                                rs.getString(5),
                                                rs.getString(6),
                                                instant(rs.getObject(7, OffsetDateTime.class)),
                                                instant(rs.getObject(8, OffsetDateTime.class)),
                                                rs.getBoolean(9),
                                                rs.getString(10),
                                                instant(rs.getObject(11, OffsetDateTime.class)))));
    }

    /** Marks an event applied. */
    public void consumed(long seq, java.time.Instant at) {
        new Jdbc(db)
                .update(
                        "the prep event",
                        "UPDATE prep_event SET consumed_at = ? WHERE seq = ?",
                        at,
                        seq);
    }

    /** An event with its position in the outbox. */
    public record Stored(long seq, PrepEvent event) {}

    /** Every stored event, oldest first. */
    public List<PrepEvent> all() {
        List<PrepEvent> out = new ArrayList<>();
        try (Connection c = db.connection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT meeting_id, revision, kind, account_id, meeting_type,"
                                        + " meeting_start, prep_trigger_at, late, reason, created_at"
                                        + " FROM prep_event ORDER BY seq");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(
                        new PrepEvent(
                                rs.getString(1),
                                rs.getInt(2),
                                PrepEvent.Kind.valueOf(rs.getString(3)),
                                rs.getString(4),
                                rs.getString(5),
                                instant(rs.getObject(6, OffsetDateTime.class)),
                                instant(rs.getObject(7, OffsetDateTime.class)),
                                rs.getBoolean(8),
                                rs.getString(9),
                                instant(rs.getObject(10, OffsetDateTime.class))));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read prep events: " + e.getMessage(), e);
        }
    }
}
