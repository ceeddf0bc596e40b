package com.execassistant.desktop.store;

import com.execassistant.core.monitor.TypeOverride;
import com.execassistant.core.monitor.TypeOverrides;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The user's meeting type choices on H2, read by the monitor on every sync. */
public final class TypeOverrideRepository implements TypeOverrides {

    private static final String SELECT =
            "SELECT account_id, scope, target_id, meeting_type FROM meeting_type_override";

    private final Jdbc jdbc;

    public TypeOverrideRepository(Database db) {
        this.jdbc = new Jdbc(db);
    }

    /** Keeps the choice, replacing an earlier one for the same meeting or series. */
    public void save(TypeOverride o) {
        jdbc.update(
                "the meeting type",
                "MERGE INTO meeting_type_override (account_id, scope, target_id, meeting_type,"
                        + " created_at) KEY (account_id, scope, target_id) VALUES (?,?,?,?,?)",
                o.accountId(),
                o.scope().name(),
                o.targetId(),
                o.type(),
                Instant.now());
    }

    /** Forgets the choice for a meeting or series: the classifier decides again. */
    public void remove(String accountId, TypeOverride.Scope scope, String targetId) {
        jdbc.update(
                "the meeting type",
                "DELETE FROM meeting_type_override WHERE account_id = ? AND scope = ? AND"
                        + " target_id = ?",
                accountId,
                scope.name(),
                targetId);
    }

    /** The choice for exactly this meeting or series, if one was made. */
    public Optional<TypeOverride> find(
            String accountId, TypeOverride.Scope scope, String targetId) {
        return jdbc
                .query(
                        "the meeting type",
                        SELECT + " WHERE account_id = ? AND scope = ? AND target_id = ?",
                        TypeOverrideRepository::row,
                        accountId,
                        scope.name(),
                        targetId)
                .stream()
                .findFirst();
    }

    @Override
    public List<TypeOverride> forAccount(String accountId) {
        return jdbc.query(
                "meeting types",
                SELECT + " WHERE account_id = ?",
                TypeOverrideRepository::row,
                accountId);
    }

    private static TypeOverride row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TypeOverride(
                rs.getString(1),
                TypeOverride.Scope.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4));
    }

    /**
     * Meetings whose stored type differs from a choice that applies to them: a change to a whole
     * series that stopped part-way (each occurrence is its own write). A meeting with both its own
     * choice and its series' may be listed although its own choice holds; reclassifying it again
     * changes nothing.
     */
    public List<String> meetingsNotYetRetyped() {
        return jdbc.query(
                "the meeting type choices",
                "SELECT DISTINCT m.id FROM meeting m JOIN meeting_type_override o"
                        + " ON o.account_id = m.account_id"
                        + " AND ((o.scope = 'MEETING' AND o.target_id = m.id)"
                        + " OR (o.scope = 'SERIES' AND o.target_id = m.series_id))"
                        + " WHERE m.meeting_type <> o.meeting_type AND m.status <> 'CANCELLED'",
                rs -> rs.getString(1));
    }
}
