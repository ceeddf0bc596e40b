package com.execassistant.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Start Prep picks a Q&A up, so the user's next message goes to it. */
class ChatServiceResumeTest {

    static final String RUN = "meeting-1-r1";
    static final Instant T = Instant.parse("2026-03-02T14:00:00Z");
    static final Instant LATER = T.plus(Duration.ofMinutes(30));

    private final InMemoryChatSessions sessions = new InMemoryChatSessions();
    private final ChatService chat = at(T);

    /** The service as it reads the time at {@code t}, over the same sessions. */
    private ChatService at(Instant t) {
        return new ChatService(sessions, Clock.fixed(t, ZoneOffset.UTC), runId -> {});
    }

    @Test
    void resumingAnOpenQnaMarksItActiveNowAndKeepsItsAnswers() {
        chat.start(RUN, List.of("Priorities?", "Risks?"));
        chat.answer(RUN, "m1", "Hiring");

        ChatSession s = at(LATER).resume(RUN).orElseThrow();

        assertThat(s.state()).isEqualTo(ChatState.ACTIVE);
        assertThat(s.updatedAt()).isEqualTo(LATER);
        assertThat(s.answers()).hasSize(1);
        assertThat(sessions.find(RUN)).contains(s);
    }

    @Test
    void resumingAFinishedQnaLeavesItAsItEnded() {
        chat.start(RUN, List.of("Priorities?"));
        chat.answer(RUN, "m1", "Hiring");
        ChatSession ended = sessions.find(RUN).orElseThrow();

        assertThat(at(LATER).resume(RUN)).contains(ended);
        assertThat(sessions.find(RUN)).contains(ended);
    }

    @Test
    void resumingARunWithoutAQnaFindsNothing() {
        assertThat(chat.resume(RUN)).isEmpty();
        assertThat(sessions.find(RUN)).isEmpty();
    }
}
