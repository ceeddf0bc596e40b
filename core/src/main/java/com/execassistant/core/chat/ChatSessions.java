package com.execassistant.core.chat;

import java.util.Optional;

/** Where Q&A sessions are kept; each save is durable before the next question is asked. */
public interface ChatSessions {

    Optional<ChatSession> find(String runId);

    void save(ChatSession session);

    /** Saves several sessions; stores should make this one durable write. */
    default void saveAll(java.util.List<ChatSession> batch) {
        batch.forEach(this::save);
    }
}
