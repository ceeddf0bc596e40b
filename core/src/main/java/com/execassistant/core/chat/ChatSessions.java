package com.execassistant.core.chat;

import java.util.Optional;

/** Where Q&A sessions are kept; each save is durable before the next question is asked. */
public interface ChatSessions {

    Optional<ChatSession> find(String runId);

    void save(ChatSession session);

    /** Which of these runs have a session; stores should answer in one query. */
    default java.util.Set<String> existing(java.util.Collection<String> runIds) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String id : runIds) {
            find(id).ifPresent(s -> out.add(id));
        }
        return out;
    }

    /** Saves several sessions; stores should make this one durable write. */
    default void saveAll(java.util.List<ChatSession> batch) {
        batch.forEach(this::save);
    }
}
