package com.execassistant.desktop.store;

import com.execassistant.core.chat.ChatSessions;
import com.execassistant.core.chat.ChatSessionsContract;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

class JdbcChatSessionsTest extends ChatSessionsContract {

    private Database db;

    @Override
    protected ChatSessions sessions() {
        db = Database.inMemory("contract-" + UUID.randomUUID());
        return new JdbcChatSessions(db);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }
}
