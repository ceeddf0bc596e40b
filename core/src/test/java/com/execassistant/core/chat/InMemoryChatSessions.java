package com.execassistant.core.chat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Q&A sessions in memory, for core tests; the contract test holds it to the real store. */
public final class InMemoryChatSessions implements ChatSessions {

    private final Map<String, ChatSession> sessions = new LinkedHashMap<>();
    private int saves;

    @Override
    public synchronized Optional<ChatSession> find(String runId) {
        return Optional.ofNullable(sessions.get(runId));
    }

    @Override
    public synchronized void save(ChatSession session) {
        sessions.put(session.runId(), session);
        saves++;
    }

    /** How many times a session was saved, to show each answer is stored as it comes. */
    public synchronized int saves() {
        return saves;
    }
}
