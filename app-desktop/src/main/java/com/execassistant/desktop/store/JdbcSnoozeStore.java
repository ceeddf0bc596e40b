package com.execassistant.desktop.store;

import static com.execassistant.desktop.store.JdbcMeetingStore.instant;

import com.execassistant.core.prep.Snooze;
import com.execassistant.core.prep.SnoozeStore;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Each run's latest snooze on H2. */
public final class JdbcSnoozeStore implements SnoozeStore {

    private final Jdbc jdbc;

    public JdbcSnoozeStore(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public Optional<Snooze> find(String runId) {
        return jdbc
                .query(
                        "the snooze",
                        "SELECT run_id, number, nudge_at, snoozed_at FROM prep_snooze WHERE"
                                + " run_id = ?",
                        rs ->
                                new Snooze(
                                        rs.getString(1),
                                        rs.getInt(2),
                                        instant(rs.getObject(3, OffsetDateTime.class)),
                                        instant(rs.getObject(4, OffsetDateTime.class))),
                        runId)
                .stream()
                .findFirst();
    }

    @Override
    public void save(Snooze s) {
        jdbc.update(
                "the snooze",
                "MERGE INTO prep_snooze (run_id, number, nudge_at, snoozed_at) KEY (run_id)"
                        + " VALUES (?,?,?,?)",
                s.runId(),
                s.number(),
                s.nudgeAt(),
                s.snoozedAt());
    }

    @Override
    public void settle(String runId, int number) {
        jdbc.update(
                "the snooze",
                "UPDATE prep_snooze SET nudge_at = NULL WHERE run_id = ? AND number = ?",
                runId,
                number);
    }
}
