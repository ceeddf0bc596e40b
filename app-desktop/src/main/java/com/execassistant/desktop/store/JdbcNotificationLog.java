package com.execassistant.desktop.store;

import static com.execassistant.desktop.store.JdbcMeetingStore.instant;

import com.execassistant.core.notify.Channel;
import com.execassistant.core.notify.NotificationLog;
import com.execassistant.core.notify.NotificationRecord;
import com.execassistant.core.notify.Purpose;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

/** The notification record on H2. */
public final class JdbcNotificationLog implements NotificationLog {

    private static final String SELECT =
            "SELECT run_id, purpose, tag, channel, outcome, reference, error, at FROM notification_log";

    private final Jdbc jdbc;

    public JdbcNotificationLog(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public void record(NotificationRecord r) {
        jdbc.update(
                "the notification record",
                "INSERT INTO notification_log (run_id, purpose, tag, channel, outcome, reference, error, at) VALUES (?,?,?,?,?,?,?,?)",
                r.runId(),
                r.purpose().name(),
                r.tag(),
                r.channel().name(),
                r.outcome().name(),
                r.reference(),
                r.error(),
                r.at());
    }

    @Override
    public List<NotificationRecord> history(String runId, Purpose purpose, String tag) {
        return jdbc.query(
                "notifications",
                SELECT + " WHERE run_id = ? AND purpose = ? AND tag = ? ORDER BY seq",
                JdbcNotificationLog::row,
                runId,
                purpose.name(),
                tag);
    }

    @Override
    public List<NotificationRecord> forRun(String runId) {
        return jdbc.query(
                "notifications",
                SELECT + " WHERE run_id = ? ORDER BY seq",
                JdbcNotificationLog::row,
                runId);
    }

    /** Every record, oldest first (for figures and tests). */
    public List<NotificationRecord> all() {
        return jdbc.query("notifications", SELECT + " ORDER BY seq", JdbcNotificationLog::row);
    }

    private static NotificationRecord row(ResultSet rs) throws SQLException {
        return new NotificationRecord(
                rs.getString(1),
                Purpose.valueOf(rs.getString(2)),
                rs.getString(3),
                Channel.valueOf(rs.getString(4)),
                NotificationRecord.Outcome.valueOf(rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                instant(rs.getObject(8, OffsetDateTime.class)));
    }
}
