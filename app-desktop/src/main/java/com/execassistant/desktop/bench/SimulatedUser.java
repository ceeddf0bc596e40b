package com.execassistant.desktop.bench;

import com.execassistant.core.chat.ChatService;
import com.execassistant.core.chat.ChatSession;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The user, as the benchmark plays them: every prep DM is answered as soon as it arrives, question
 * by question, through the same Q&A service the Slack DM and the terminal use. One thread, like one
 * person; a refused answer is kept as a problem for the audit.
 */
final class SimulatedUser implements AutoCloseable {

    private static final String[] ANSWERS = {
        "Agree the Q2 plan and unblock the hiring freeze",
        "The budget overrun in cloud infrastructure",
        "skip",
        "A decision on the EU region by Friday",
        "Keep it to thirty minutes",
    };

    private final ExecutorService person = Executors.newSingleThreadExecutor();
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private volatile ChatService chat;

    /** The Q&A to answer through; set once the runtime exists, before any DM can arrive. */
    void answerThrough(ChatService service) {
        this.chat = service;
    }

    /** A prep DM for this run arrived. */
    void asked(String runId) {
        person.submit(() -> answer(runId));
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    private void answer(String runId) {
        try {
            ChatSession s = chat.find(runId).orElseThrow();
            for (int i = 0; i < s.questions().size(); i++) {
                chat.answer(runId, runId + "-answer-" + i, ANSWERS[i % ANSWERS.length]);
            }
        } catch (RuntimeException e) {
            problems.add(runId + ": the answers were refused: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        person.shutdownNow();
    }
}
