package com.execassistant.desktop.store;

import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.json.EventJson;
import com.execassistant.core.monitor.CalendarChanges;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.monitor.MeetingStore;
import com.execassistant.core.monitor.PrepEvent;
import com.execassistant.core.monitor.SyncRun;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The meeting store on the workspace's H2 database. */
public final class JdbcMeetingStore
        implements MeetingStore, com.execassistant.core.prep.MeetingLookup {

    private static final String SELECT_MEETING =
            "SELECT id, account_id, event_json, fingerprint, revision, meeting_type, rule,"
                    + " prep_hours_before, prep_trigger_at FROM meeting";

    private static final String MERGE_MEETING =
            "MERGE INTO meeting (id, account_id, calendar_id, external_id, series_id, title,"
                    + " start_at, end_at, status, event_json, fingerprint, revision, meeting_type,"
                    + " rule, prep_hours_before, prep_trigger_at, updated_at)"
                    + " KEY (id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    // The unique key on (meeting, revision, kind) plus this guard make emission idempotent.
    private static final String INSERT_EVENT =
            "INSERT INTO prep_event (meeting_id, revision, kind, account_id, meeting_type,"
                    + " meeting_start, prep_trigger_at, late, reason, created_at)"
                    + " SELECT ?,?,?,?,?,?,?,?,?,? WHERE NOT EXISTS (SELECT 1 FROM prep_event"
                    + " WHERE meeting_id = ? AND revision = ? AND kind = ?)";

    private final Database db;

    public JdbcMeetingStore(Database db) {
        this.db = db;
    }

    @Override
    public Map<String, MeetingRecord> meetings(String accountId, String calendarId) {
        Map<String, MeetingRecord> out = new HashMap<>();
        String sql = SELECT_MEETING + " WHERE account_id = ? AND calendar_id = ?";
        for (MeetingRecord m : query(sql, accountId, calendarId)) {
            out.put(m.event().externalId(), m);
        }
        return out;
    }

    @Override
    public Map<String, MeetingRecord> meetings(
            String accountId, String calendarId, java.util.Collection<String> externalIds) {
        Map<String, MeetingRecord> out = new HashMap<>();
        List<String> ids = List.copyOf(externalIds);
        // Chunks keep the statement small; H2 reads an IN list of parameters efficiently.
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            Object[] args = new Object[chunk.size() + 2];
            args[0] = accountId;
            args[1] = calendarId;
            for (int i = 0; i < chunk.size(); i++) {
                args[i + 2] = chunk.get(i);
            }
            String sql =
                    SELECT_MEETING
                            + " WHERE account_id = ? AND calendar_id = ? AND external_id IN ("
                            + marks
                            + ")";
            for (MeetingRecord m : query(sql, args)) {
                out.put(m.event().externalId(), m);
            }
        }
        return out;
    }

    /** One meeting by its id. */
    @Override
    public java.util.Optional<MeetingRecord> find(String meetingId) {
        return query(SELECT_MEETING + " WHERE id = ?", meetingId).stream().findFirst();
    }

    /** The meetings with these ids that exist, by id, in one query. */
    @Override
    public Map<String, MeetingRecord> findAll(java.util.Collection<String> meetingIds) {
        Map<String, MeetingRecord> out = new HashMap<>();
        if (!meetingIds.isEmpty()) {
            for (MeetingRecord m :
                    query(
                            SELECT_MEETING + " WHERE id = ANY(?)",
                            (Object) meetingIds.toArray(String[]::new))) {
                out.put(m.id(), m);
            }
        }
        return out;
    }

    /** Meetings starting in [from, to), in start order. */
    public List<MeetingRecord> meetingsBetween(Instant from, Instant to) {
        return query(
                SELECT_MEETING + " WHERE start_at >= ? AND start_at < ? ORDER BY start_at, id",
                ts(from),
                ts(to));
    }

    @Override
    public Map<String, String> syncStates(String accountId) {
        Map<String, String> out = new HashMap<>();
        try (Connection c = db.connection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT calendar_id, state FROM sync_state WHERE account_id = ?")) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2) != null) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the sync state: " + e.getMessage(), e);
        }
    }

    @Override
    public void apply(CalendarChanges changes) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                writeMeetings(c, changes.writes());
                writeEvents(c, changes.events());
                writeSyncState(c, changes);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot save the synced meetings: " + e.getMessage(), e);
        }
    }

    private static void writeMeetings(Connection c, List<MeetingRecord> writes)
            throws SQLException {
        OffsetDateTime now = ts(Instant.now());
        try (PreparedStatement ps = c.prepareStatement(MERGE_MEETING)) {
            for (MeetingRecord m : writes) {
                CalendarEvent e = m.event();
                ps.setString(1, m.id());
                ps.setString(2, m.accountId());
                ps.setString(3, e.calendarId());
                ps.setString(4, e.externalId());
                ps.setString(5, e.seriesId());
                ps.setString(6, e.title());
                ps.setObject(7, ts(e.startInstant()));
                ps.setObject(8, ts(e.endInstant()));
                ps.setString(9, e.status().wire());
                ps.setString(10, json(e));
                ps.setString(11, m.fingerprint());
                ps.setInt(12, m.revision());
                ps.setString(13, m.type());
                ps.setString(14, m.rule());
                ps.setInt(15, m.prepHoursBefore());
                ps.setObject(16, ts(m.prepTrigger()));
                ps.setObject(17, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writeEvents(Connection c, List<PrepEvent> events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_EVENT)) {
            for (PrepEvent e : events) {
                ps.setString(1, e.meetingId());
                ps.setInt(2, e.revision());
                ps.setString(3, e.kind().name());
                ps.setString(4, e.accountId());
                ps.setString(5, e.meetingType());
                ps.setObject(6, ts(e.meetingStart()));
                ps.setObject(7, ts(e.prepTriggerTime()));
                ps.setBoolean(8, e.late());
                ps.setString(9, e.reason());
                ps.setObject(10, ts(e.createdAt()));
                ps.setString(11, e.meetingId());
                ps.setInt(12, e.revision());
                ps.setString(13, e.kind().name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writeSyncState(Connection c, CalendarChanges changes) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "MERGE INTO sync_state (account_id, calendar_id, state) KEY (account_id,"
                                + " calendar_id) VALUES (?,?,?)")) {
            ps.setString(1, changes.accountId());
            ps.setString(2, changes.calendarId());
            ps.setString(3, changes.nextSyncState());
            ps.executeUpdate();
        }
    }

    @Override
    public void recordRun(SyncRun run) {
        new SyncRunRepository(db).record(run);
    }

    /** A meeting row as read, its event still JSON. */
    private record Row(
            String id,
            String accountId,
            String eventJson,
            String fingerprint,
            int revision,
            String type,
            String rule,
            int prepHours,
            Instant trigger) {

        MeetingRecord record() {
            try {
                return new MeetingRecord(
                        id,
                        accountId,
                        EventJson.fromJson(EventJson.mapper().readTree(eventJson)),
                        fingerprint,
                        revision,
                        type,
                        rule,
                        prepHours,
                        trigger);
            } catch (JsonProcessingException e) {
                throw new StoreException("Cannot read meetings: " + e.getMessage(), e);
            }
        }
    }

    /** Past this many rows the events are parsed on every core: the parse dominates a read. */
    private static final int PARALLEL_PARSE = 256;

    private List<MeetingRecord> query(String sql, Object... args) {
        List<Row> rows = new ArrayList<>();
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(
                            new Row(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getInt(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getInt(8),
                                    instant(rs.getObject(9, OffsetDateTime.class))));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read meetings: " + e.getMessage(), e);
        }
        return (rows.size() > PARALLEL_PARSE ? rows.parallelStream() : rows.stream())
                .map(Row::record)
                .toList();
    }

    private static String json(CalendarEvent e) {
        return EventJson.toJson(e).toString();
    }

    static OffsetDateTime ts(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
