package com.execassistant.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.materials.PrepAnswer;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every ChatSessions store must do; run against the in-memory fake and each real adapter. */
public abstract class ChatSessionsContract {

    protected static final Instant T = Instant.parse("2026-03-02T14:00:00.123Z");

    private static final List<String> QUESTIONS =
            List.of("What are your top 3 priorities?", "Any risks?", "Decisions needed?");

    /** A fresh, empty store. */
    protected abstract ChatSessions sessions();

    @Test
    void aRunWithoutASessionHasNone() {
        assertThat(sessions().find("meeting-1-r1")).isEmpty();
    }

    @Test
    void aNewSessionComesBackAsSaved() {
        ChatSessions store = sessions();
        ChatSession s = ChatSession.create("meeting-1-r1", QUESTIONS, T);
        store.save(s);

        assertThat(store.find("meeting-1-r1")).contains(s);
    }

    @Test
    void answersSkipsStateAndSeenMessagesComeBackWithEveryField() {
        ChatSessions store = sessions();
        ChatSession s =
                new ChatSession(
                        "meeting-1-r1",
                        QUESTIONS,
                        List.of(
                                PrepAnswer.answered(QUESTIONS.get(0), "Hiring plan, Q3 budget"),
                                PrepAnswer.skipped(QUESTIONS.get(1))),
                        ChatState.DONE_EARLY,
                        Set.of("1712.0001", "1712.0002", "1712.0003"),
                        T.plusSeconds(90));
        store.save(s);

        assertThat(store.find("meeting-1-r1")).contains(s);
    }

    @Test
    void aLaterSaveReplacesTheSession() {
        ChatSessions store = sessions();
        ChatSession first = ChatSession.create("meeting-1-r1", QUESTIONS, T);
        store.save(first);
        ChatSession second =
                first.with(PrepAnswer.answered(QUESTIONS.get(0), "Budget"), "m1", T.plusSeconds(5));
        store.save(second);

        assertThat(store.find("meeting-1-r1")).contains(second);
    }

    @Test
    void sessionsOfDifferentRunsAreKeptApart() {
        ChatSessions store = sessions();
        ChatSession one = ChatSession.create("meeting-1-r1", QUESTIONS, T);
        ChatSession two = ChatSession.create("meeting-1-r2", List.of("Only question?"), T);
        store.save(one);
        store.save(two);
        store.save(one.finish(ChatState.CANCELLED, null, T.plusSeconds(1)));

        assertThat(store.find("meeting-1-r2")).contains(two);
        assertThat(store.find("meeting-1-r1").map(ChatSession::state))
                .contains(ChatState.CANCELLED);
    }
}
