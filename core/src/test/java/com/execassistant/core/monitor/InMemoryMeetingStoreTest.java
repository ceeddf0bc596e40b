package com.execassistant.core.monitor;

import java.util.List;

class InMemoryMeetingStoreTest extends MeetingStoreContract {

    @Override
    protected MeetingStore store() {
        return new InMemoryMeetingStore();
    }

    @Override
    protected List<PrepEvent> storedEvents(MeetingStore store) {
        return ((InMemoryMeetingStore) store).events();
    }
}
