package com.execassistant.desktop.store;

import com.execassistant.core.chat.ChatSession;
import com.execassistant.core.chat.ChatSessions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;

/** Q&A sessions on H2, one row per run, saved after every answer. */
public final class JdbcChatSessions implements ChatSessions {

    private static final ObjectMapper JSON =
            new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    // derived getters (isAnswered) are written but are not constructor fields
                    .configure(
                            com.fasterxml.jackson.databind.DeserializationFeature
                                    .FAIL_ON_UNKNOWN_PROPERTIES,
                            false);

    private final Jdbc jdbc;

    public JdbcChatSessions(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public Optional<ChatSession> find(String runId) {
        return jdbc
                .query(
                        "the Q&A",
                        "SELECT session_json FROM chat_session WHERE run_id = ?",
                        rs -> rs.getString(1),
                        runId)
                .stream()
                .findFirst()
                .map(JdbcChatSessions::read);
    }

    private static final String MERGE =
            "MERGE INTO chat_session (run_id, session_json, state, updated_at) KEY (run_id) VALUES (?,?,?,?)";

    @Override
    public void save(ChatSession s) {
        jdbc.update("the Q&A", MERGE, values(s));
    }

    @Override
    public java.util.Set<String> existing(java.util.Collection<String> runIds) {
        if (runIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(
                jdbc.query(
                        "the Q&A",
                        "SELECT run_id FROM chat_session WHERE run_id = ANY(?)",
                        rs -> rs.getString(1),
                        (Object) runIds.toArray(String[]::new)));
    }

    @Override
    public void saveAll(java.util.List<ChatSession> batch) {
        // Many sessions at once (a burst): their JSON is written on every core.
        jdbc.batch(
                "the Q&A",
                MERGE,
                (batch.size() > 64 ? batch.parallelStream() : batch.stream())
                        .map(JdbcChatSessions::values)
                        .toList());
    }

    private static Object[] values(ChatSession s) {
        try {
            return new Object[] {
                s.runId(), JSON.writeValueAsString(s), s.state().name(), s.updatedAt()
            };
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot save the Q&A: " + e.getMessage(), e);
        }
    }

    private static ChatSession read(String json) {
        try {
            return JSON.readValue(json, ChatSession.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot read the Q&A: " + e.getOriginalMessage(), e);
        }
    }
}
