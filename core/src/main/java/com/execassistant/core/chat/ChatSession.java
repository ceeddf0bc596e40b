package com.execassistant.core.chat;

import com.execassistant.core.materials.PrepAnswer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The prep Q&A of one run: its questions, the answers so far, and the ids of the messages already
 * taken, so a message a channel delivers twice is answered once. Every channel (Slack DM, terminal,
 * desktop pane) shares the same session.
 */
public record ChatSession(
        String runId,
        List<String> questions,
        List<PrepAnswer> answers,
        ChatState state,
        Set<String> seenMessageIds,
        Instant updatedAt) {

    public ChatSession {
        questions = List.copyOf(questions);
        answers = List.copyOf(answers);
        seenMessageIds = Set.copyOf(new LinkedHashSet<>(seenMessageIds));
    }

    public static ChatSession create(String runId, List<String> questions, Instant now) {
        return new ChatSession(runId, questions, List.of(), ChatState.CREATED, Set.of(), now);
    }

    /** The question waiting for an answer, or null when none is. */
    public String currentQuestion() {
        return state.finished() || answers.size() >= questions.size()
                ? null
                : questions.get(answers.size());
    }

    /** 1-based number of the current question, for "Question 2 of 4". */
    public int currentNumber() {
        return answers.size() + 1;
    }

    ChatSession with(PrepAnswer answer, String messageId, Instant now) {
        List<PrepAnswer> next = new ArrayList<>(answers);
        next.add(answer);
        ChatState nextState =
                next.size() >= questions.size() ? ChatState.COMPLETED : ChatState.ACTIVE;
        return new ChatSession(runId, questions, next, nextState, seen(messageId), now);
    }

    ChatSession finish(ChatState finalState, String messageId, Instant now) {
        return new ChatSession(runId, questions, answers, finalState, seen(messageId), now);
    }

    /** Picked up by the user now; a finished session stays as it ended. */
    ChatSession activate(Instant now) {
        return state.finished()
                ? this
                : new ChatSession(runId, questions, answers, ChatState.ACTIVE, seenMessageIds, now);
    }

    /** A session stopped by a skip that was undone: open again where it was. */
    ChatSession reopen(Instant now) {
        if (state != ChatState.CANCELLED) {
            return this;
        }
        ChatState open = answers.isEmpty() ? ChatState.CREATED : ChatState.ACTIVE;
        return new ChatSession(runId, questions, answers, open, seenMessageIds, now);
    }

    private Set<String> seen(String messageId) {
        Set<String> s = new LinkedHashSet<>(seenMessageIds);
        if (messageId != null) {
            s.add(messageId);
        }
        return s;
    }
}
