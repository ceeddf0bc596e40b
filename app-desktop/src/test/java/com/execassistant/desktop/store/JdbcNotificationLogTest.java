package com.execassistant.desktop.store;

import com.execassistant.core.notify.NotificationLog;
import com.execassistant.core.notify.NotificationLogContract;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

class JdbcNotificationLogTest extends NotificationLogContract {

    private Database db;

    @Override
    protected NotificationLog log() {
        db = Database.inMemory("contract-" + UUID.randomUUID());
        return new JdbcNotificationLog(db);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }
}
