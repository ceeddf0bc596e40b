package com.execassistant.core.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The meeting store in memory, for core tests; the contract test holds it to the real one. */
public final class InMemoryMeetingStore implements MeetingStore {

    private final Map<String, MeetingRecord> meetings = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> syncStates = new HashMap<>();
    private final Map<String, PrepEvent> events = new LinkedHashMap<>();
    private final List<SyncRun> runs = new ArrayList<>();

    @Override
    public synchronized Map<String, MeetingRecord> meetings(String accountId, String calendarId) {
        Map<String, MeetingRecord> out = new HashMap<>();
        for (MeetingRecord m : meetings.values()) {
            if (m.accountId().equals(accountId) && m.calendarId().equals(calendarId)) {
                out.put(m.event().externalId(), m);
            }
        }
        return out;
    }

    @Override
    public synchronized Map<String, String> syncStates(String accountId) {
        return Map.copyOf(syncStates.getOrDefault(accountId, Map.of()));
    }

    @Override
    public synchronized void apply(CalendarChanges changes) {
        changes.writes().forEach(m -> meetings.put(m.id(), m));
        for (PrepEvent e : changes.events()) {
            events.putIfAbsent(e.meetingId() + "/" + e.revision() + "/" + e.kind(), e);
        }
        Map<String, String> states =
                syncStates.computeIfAbsent(changes.accountId(), k -> new HashMap<>());
        if (changes.nextSyncState() == null) {
            states.remove(changes.calendarId());
        } else {
            states.put(changes.calendarId(), changes.nextSyncState());
        }
    }

    @Override
    public synchronized void recordRun(SyncRun run) {
        runs.add(run);
    }

    public synchronized List<PrepEvent> events() {
        return List.copyOf(events.values());
    }

    public synchronized List<MeetingRecord> all() {
        return List.copyOf(meetings.values());
    }

    public synchronized List<SyncRun> runs() {
        return List.copyOf(runs);
    }
}
