package com.execassistant.desktop.store;

import static com.execassistant.desktop.store.JdbcMeetingStore.instant;

import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepRunStore;
import com.execassistant.core.prep.PrepStep;
import com.execassistant.core.prep.RunStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Prep runs on H2; each save is its own committed transaction. */
public final class JdbcPrepRunStore implements PrepRunStore {

    private static final String COLUMNS =
            "run_id, meeting_id, revision, account_id, meeting_type, step, status, wake_at,"
                    + " attempts, last_error, created_at, due_at, context_json, materials_location,"
                    + " materials_writer, materials_millis, notified_at, chat_deadline, updated_at";

    private final Jdbc jdbc;

    public JdbcPrepRunStore(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public Optional<PrepRun> find(String runId) {
        return jdbc
                .query(
                        "the prep run",
                        "SELECT " + COLUMNS + " FROM prep_run WHERE run_id = ?",
                        JdbcPrepRunStore::row,
                        runId)
                .stream()
                .findFirst();
    }

    @Override
    public List<PrepRun> findAll(java.util.Collection<String> runIds) {
        if (runIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "the prep runs",
                "SELECT " + COLUMNS + " FROM prep_run WHERE run_id = ANY(?)",
                JdbcPrepRunStore::row,
                (Object) runIds.toArray(String[]::new));
    }

    @Override
    public java.util.Set<String> stoppedAmong(java.util.Collection<String> runIds) {
        if (runIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(
                jdbc.query(
                        "the prep runs",
                        "SELECT run_id FROM prep_run WHERE run_id = ANY(?)"
                                + " AND status NOT IN ('SCHEDULED','ACTIVE','RETRYING')",
                        rs -> rs.getString(1),
                        (Object) runIds.toArray(String[]::new)));
    }

    @Override
    public void wakeWaitingRunBy(String runId, java.time.Instant at) {
        jdbc.update(
                "the prep run",
                "UPDATE prep_run SET wake_at = ? WHERE run_id = ?"
                        + " AND step = 'WAIT_FOR_CHAT_COMPLETION'"
                        + " AND status = 'ACTIVE'"
                        + " AND (wake_at IS NULL OR wake_at > ?)",
                at,
                runId,
                at);
    }

    private static final String MERGE =
            "MERGE INTO prep_run ("
                    + COLUMNS
                    + ") KEY (run_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    @Override
    public void save(PrepRun r) {
        jdbc.update("the prep run", MERGE, values(r));
    }

    @Override
    public void saveAll(List<PrepRun> batch) {
        jdbc.batch("the prep runs", MERGE, batch.stream().map(JdbcPrepRunStore::values).toList());
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static Object[] values(PrepRun r) {
        return new Object[] {
            r.runId(),
            r.meetingId(),
            r.revision(),
            r.accountId(),
            r.meetingType(),
            r.step().name(),
            r.status().name(),
            r.wakeAt(),
            r.attempts(),
            cut(r.lastError(), 2000), // the column's size: a long reason must not lose the run
            r.createdAt(),
            r.dueAt(),
            r.contextJson(),
            r.materialsLocation(),
            r.materialsWriter(),
            r.materialsMillis(),
            r.notifiedAt(),
            r.chatDeadline(),
            r.updatedAt()
        };
    }

    @Override
    public List<PrepRun> forMeeting(String meetingId) {
        return jdbc.query(
                "prep runs",
                "SELECT " + COLUMNS + " FROM prep_run WHERE meeting_id = ? ORDER BY revision DESC",
                JdbcPrepRunStore::row,
                meetingId);
    }

    @Override
    public List<PrepRun> unfinished() {
        return jdbc.query(
                "prep runs",
                "SELECT "
                        + COLUMNS
                        + " FROM prep_run WHERE status IN ('SCHEDULED','ACTIVE','RETRYING') ORDER BY created_at",
                JdbcPrepRunStore::row);
    }

    @Override
    public List<PrepRun> recent(int limit) {
        return jdbc.query(
                "prep runs",
                "SELECT " + COLUMNS + " FROM prep_run ORDER BY created_at DESC, run_id LIMIT ?",
                JdbcPrepRunStore::row,
                limit);
    }

    private static PrepRun row(ResultSet rs) throws SQLException {
        return new PrepRun(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                PrepStep.valueOf(rs.getString(6)),
                RunStatus.valueOf(rs.getString(7)),
                at(rs, 8),
                rs.getInt(9),
                rs.getString(10),
                at(rs, 11),
                at(rs, 12),
                rs.getString(13),
                rs.getString(14),
                rs.getString(15),
                rs.getObject(16, Long.class),
                at(rs, 17),
                at(rs, 18),
                at(rs, 19));
    }

    private static java.time.Instant at(ResultSet rs, int col) throws SQLException {
        return instant(rs.getObject(col, OffsetDateTime.class));
    }
}
