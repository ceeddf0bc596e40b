package com.execassistant.desktop.store;

import com.execassistant.core.monitor.MeetingStore;
import com.execassistant.core.monitor.MeetingStoreContract;
import com.execassistant.core.monitor.PrepEvent;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

class JdbcMeetingStoreTest extends MeetingStoreContract {

    private Database db;

    @Override
    protected MeetingStore store() {
        db = Database.inMemory("contract-" + UUID.randomUUID());
        return new JdbcMeetingStore(db);
    }

    @Override
    protected List<PrepEvent> storedEvents(MeetingStore store) {
        return new PrepEventRepository(db).all();
    }

    @AfterEach
    void close() {
        db.close();
    }
}
