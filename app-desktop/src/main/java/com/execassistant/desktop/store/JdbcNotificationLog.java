package com.execassistant.desktop.store;

import static com.execassistant.desktop.store.JdbcMeetingStore.instant;

import com.execassistant.core.notify.Channel;
import com.execassistant.core.notify.NotificationLog;
import com.execassistant.core.notify.NotificationRecord;
import com.execassistant.core.notify.Purpose;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The notification record on H2. */
public final class JdbcNotificationLog implements NotificationLog {

    private static final String SELECT =
            "SELECT run_id, purpose, tag, channel, outcome, reference, error, at FROM notification_log";

    private static final String INSERT =
            "INSERT INTO notification_log (run_id, purpose, tag, channel, outcome, reference, error, at) VALUES (?,?,?,?,?,?,?,?)";

    private final Jdbc jdbc;

    public JdbcNotificationLog(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public void record(NotificationRecord r) {
        jdbc.update("the notification record", INSERT, values(r));
    }

    /** One JDBC batch in one transaction: a digest's records are durable together or not at all. */
    @Override
    public void recordAll(List<NotificationRecord> records) {
        jdbc.batch(
                "the notification records",
                INSERT,
                records.stream().map(JdbcNotificationLog::values).toList());
    }

    private static Object[] values(NotificationRecord r) {
        return new Object[] {
            r.runId(),
            r.purpose().name(),
            r.tag(),
            r.channel().name(),
            r.outcome().name(),
            r.reference(),
            r.error(),
            r.at()
        };
    }

    /** One query for the whole batch: the run ids go in as one array parameter. */
    @Override
    public Map<String, List<NotificationRecord>> histories(
            Collection<String> runIds, Purpose purpose, String tag) {
        Map<String, List<NotificationRecord>> out = new LinkedHashMap<>();
        if (runIds.isEmpty()) {
            return out;
        }
        List<NotificationRecord> rows =
                jdbc.query(
                        "notifications",
                        SELECT + " WHERE run_id = ANY(?) AND purpose = ? AND tag = ? ORDER BY seq",
                        JdbcNotificationLog::row,
                        runIds.toArray(String[]::new),
                        purpose.name(),
                        tag);
        for (NotificationRecord r : rows) {
            out.computeIfAbsent(r.runId(), k -> new ArrayList<>()).add(r);
        }
        return out;
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
