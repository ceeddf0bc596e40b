package com.execassistant.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Start Prep picks a Q&A up, so the user's next message goes to it. */
class ChatServiceResumeTest {

    static final String RUN = "meeting-1-r1";
    static final Instant T = Instant.parse("2026-03-02T14:00:00Z");

    private final InMemoryChatSessions sessions = new InMemoryChatSessions();
    private Instant now = T;
    private final ChatService chat =
            new ChatService(
                    sessions,
                    new java.time.Clock() {
                        @Override
                        public Instant instant() {
                            return now;
                        }

                        @Override
                        public java.time.ZoneId getZone() {
                            return java.time.ZoneOffset.UTC;
                        }

                        @Override
                        public java.time.Clock withZone(java.time.ZoneId zone) {
                            return this;
                        }
                    },
                    runId -> {});

    @Test
    void resumingAnOpenQnaMarksItActiveNowAndKeepsItsAnswers() {
        chat.start(RUN, List.of("Priorities?", "Risks?"));
        chat.answer(RUN, "m1", "Hiring");
        now = T.plus(Duration.ofMinutes(30));

        ChatSession s = chat.resume(RUN).orElseThrow();

        assertThat(s.state()).isEqualTo(ChatState.ACTIVE);
        assertThat(s.updatedAt()).isEqualTo(now);
        assertThat(s.answers()).hasSize(1);
        assertThat(sessions.find(RUN)).contains(s);
    }

    @Test
    void resumingAFinishedQnaLeavesItAsItEnded() {
        chat.start(RUN, List.of("Priorities?"));
        chat.answer(RUN, "m1", "Hiring");
        ChatSession ended = sessions.find(RUN).orElseThrow();
        now = T.plus(Duration.ofMinutes(30));

        assertThat(chat.resume(RUN)).contains(ended);
        assertThat(sessions.find(RUN)).contains(ended);
    }

    @Test
    void resumingARunWithoutAQnaFindsNothing() {
        assertThat(chat.resume(RUN)).isEmpty();
        assertThat(sessions.find(RUN)).isEmpty();
    }
}
