package com.execassistant.desktop.store;

import java.time.Instant;

/** Meetings and series the user chose not to prep. */
public final class SkipRepository {

    private final Jdbc jdbc;

    public SkipRepository(Database db) {
        this.jdbc = new Jdbc(db);
    }

    public void skip(String targetId) {
        jdbc.update(
                "the skip",
                "MERGE INTO prep_skip (target_id, created_at) KEY (target_id) VALUES (?, ?)",
                targetId,
                Instant.now());
    }

    public boolean isSkipped(String targetId) {
        return targetId != null
                && !jdbc.query(
                                "skips",
                                "SELECT 1 FROM prep_skip WHERE target_id = ?",
                                rs -> 1,
                                targetId)
                        .isEmpty();
    }
}
