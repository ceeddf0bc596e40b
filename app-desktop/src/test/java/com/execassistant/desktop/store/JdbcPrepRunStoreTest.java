package com.execassistant.desktop.store;

import com.execassistant.core.prep.PrepRunStore;
import com.execassistant.core.prep.PrepRunStoreContract;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

class JdbcPrepRunStoreTest extends PrepRunStoreContract {

    private Database db;

    @Override
    protected PrepRunStore store() {
        db = Database.inMemory("contract-" + UUID.randomUUID());
        return new JdbcPrepRunStore(db);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }
}
