package com.execassistant.core.chat;

import com.execassistant.core.materials.PrepAnswer;
import com.execassistant.core.materials.PrepAnswers;
import com.execassistant.core.materials.PrepOutcome;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The prep Q&A: one question at a time, each answer stored before the next is asked, "skip" and
 * "done" understood, any channel able to continue where another left off.
 */
public final class ChatService {

    private static final Set<String> SKIP = Set.of("skip", "pass", "next", "n/a", "-");
    private static final Set<String> DONE =
            Set.of("done", "done early", "stop", "that's all", "finish");

    private final ChatSessions sessions;
    private final Clock clock;
    private final Consumer<String> onFinished;

    /**
     * @param onFinished told the run id when a session finishes, so the workflow resumes
     */
    public ChatService(ChatSessions sessions, Clock clock, Consumer<String> onFinished) {
        this.sessions = sessions;
        this.clock = clock;
        this.onFinished = onFinished;
    }

    /**
     * Creates the sessions of several runs (runs falling due together) in one write, leaving any
     * that exist as they are.
     *
     * @param questionsByRun each run's questions, by run id
     */
    public synchronized void startAll(
            java.util.Map<String, java.util.List<String>> questionsByRun) {
        java.util.List<ChatSession> created = new java.util.ArrayList<>();
        java.util.Set<String> existing = sessions.existing(questionsByRun.keySet());
        questionsByRun.forEach(
                (runId, questions) -> {
                    if (!existing.contains(runId)) {
                        created.add(ChatSession.create(runId, questions, clock.instant()));
                    }
                });
        if (!created.isEmpty()) {
            sessions.saveAll(created);
        }
    }

    /** Creates the run's session, or returns the one that exists (a resumed step). */
    public synchronized ChatSession start(String runId, java.util.List<String> questions) {
        return sessions.find(runId)
                .orElseGet(
                        () -> {
                            ChatSession s = ChatSession.create(runId, questions, clock.instant());
                            sessions.save(s);
                            return s;
                        });
    }

    public Optional<ChatSession> find(String runId) {
        return sessions.find(runId);
    }

    /**
     * The run's Q&A as the user picks it up (Start Prep). An open session is marked as touched now,
     * so the user's next message answers it rather than another meeting's Q&A.
     */
    public synchronized Optional<ChatSession> resume(String runId) {
        Optional<ChatSession> s = sessions.find(runId);
        if (s.isEmpty() || s.get().state().finished()) {
            return s;
        }
        ChatSession active = s.get().activate(clock.instant());
        sessions.save(active);
        return Optional.of(active);
    }

    /**
     * Takes a message for the run's current question.
     *
     * @param messageId the channel's id of the message; null when the channel has none
     * @throws ChatException when the run has no open Q&A
     */
    public synchronized ChatReply answer(String runId, String messageId, String text) {
        ChatSession s =
                sessions.find(runId)
                        .orElseThrow(
                                () ->
                                        new ChatException(
                                                "There is no prep Q&A for this meeting yet."));
        if (messageId != null && s.seenMessageIds().contains(messageId)) {
            return new ChatReply(prompt(s), s.state().finished(), true);
        }
        if (s.state().finished()) {
            throw new ChatException("This prep Q&A is already over.");
        }
        String t = text == null ? "" : text.trim();
        String word = t.toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
        ChatSession next;
        if (DONE.contains(word)) {
            next = s.finish(ChatState.DONE_EARLY, messageId, clock.instant());
        } else if (SKIP.contains(word) || t.isEmpty()) {
            next = s.with(PrepAnswer.skipped(s.currentQuestion()), messageId, clock.instant());
        } else {
            next = s.with(PrepAnswer.answered(s.currentQuestion(), t), messageId, clock.instant());
        }
        sessions.save(next);
        if (next.state().finished()) {
            onFinished.accept(runId);
        }
        return new ChatReply(prompt(next), next.state().finished(), false);
    }

    /** Marks the session timed out when it is still open; returns the session as it ends. */
    public synchronized ChatSession timeOut(String runId) {
        ChatSession s =
                sessions.find(runId).orElseThrow(() -> new ChatException("No Q&A for " + runId));
        if (s.state().finished()) {
            return s;
        }
        ChatSession done = s.finish(ChatState.TIMED_OUT, null, clock.instant());
        sessions.save(done);
        return done;
    }

    /** Stops the session without answers (meeting cancelled or skipped). */
    public synchronized void cancel(String runId) {
        sessions.find(runId)
                .filter(s -> !s.state().finished())
                .ifPresent(
                        s -> sessions.save(s.finish(ChatState.CANCELLED, null, clock.instant())));
    }

    /**
     * Opens a session that {@link #cancel} stopped again, with its answers (a skip undone); any
     * other session stays as it is.
     */
    public synchronized void reopen(String runId) {
        sessions.find(runId)
                .filter(s -> s.state() == ChatState.CANCELLED)
                .ifPresent(s -> sessions.save(s.reopen(clock.instant())));
    }

    /** The answers as the materials writers take them. */
    public static PrepAnswers answersOf(ChatSession s) {
        PrepOutcome outcome =
                switch (s.state()) {
                    case COMPLETED -> PrepOutcome.COMPLETED;
                    case DONE_EARLY -> PrepOutcome.DONE_EARLY;
                    // Answers given before the time ran out are kept; the materials say that
                    // prep was not finished in time, not that the user ended it.
                    case TIMED_OUT -> PrepOutcome.TIMED_OUT;
                    default -> PrepOutcome.NOT_ASKED;
                };
        return new PrepAnswers(s.answers(), outcome);
    }

    /** The text to show for the session as it stands: the next question or a closing line. */
    public static String prompt(ChatSession s) {
        String q = s.currentQuestion();
        if (q != null) {
            return "Question " + s.currentNumber() + " of " + s.questions().size() + ": " + q;
        }
        return switch (s.state()) {
            case TIMED_OUT ->
                    "No more answers are needed; the materials were made from the context alone.";
            case CANCELLED -> "This prep was stopped.";
            default -> "Thanks - that's everything. Your materials are being prepared.";
        };
    }
}
