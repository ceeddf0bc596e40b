package com.execassistant.desktop.prep;

import com.execassistant.core.chat.ChatService;
import com.execassistant.core.chat.ChatState;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.RunStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The figures of the prep workflow over a set of runs: how many started, completed, failed; how
 * many Q&As were finished by the user; how long from due to notification; how long materials took.
 */
public record PrepFigures(
        int runs,
        int started,
        int completed,
        int failed,
        int chats,
        int chatsAnswered,
        Optional<Duration> notifyP50,
        Optional<Duration> notifyP95,
        Optional<Duration> materialsP50,
        Optional<Duration> materialsP95) {

    public static PrepFigures of(List<PrepRun> runs, ChatService chat) {
        List<Duration> notify = new ArrayList<>();
        List<Duration> materials = new ArrayList<>();
        int started = 0;
        int completed = 0;
        int failed = 0;
        int chats = 0;
        int answered = 0;
        for (PrepRun r : runs) {
            if (r.dueAt() != null) {
                started++;
            }
            if (r.status() == RunStatus.COMPLETED) {
                completed++;
            }
            if (r.status() == RunStatus.FAILED) {
                failed++;
            }
            if (r.notifiedAt() != null && r.dueAt() != null) {
                notify.add(Duration.between(r.dueAt(), r.notifiedAt()));
            }
            if (r.materialsMillis() != null) {
                materials.add(Duration.ofMillis(r.materialsMillis()));
            }
            var s = chat.find(r.runId());
            if (s.isPresent()
                    && s.get().state().finished()
                    && s.get().state() != ChatState.CANCELLED) {
                chats++;
                if (s.get().state() == ChatState.COMPLETED
                        || s.get().state() == ChatState.DONE_EARLY) {
                    answered++;
                }
            }
        }
        return new PrepFigures(
                runs.size(),
                started,
                completed,
                failed,
                chats,
                answered,
                percentile(notify, 50),
                percentile(notify, 95),
                percentile(materials, 50),
                percentile(materials, 95));
    }

    /** The nearest-rank percentile, or empty for no data. */
    public static Optional<Duration> percentile(List<Duration> values, int p) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return Optional.of(sorted.get(Math.max(0, rank - 1)));
    }

    /** One line for people. */
    public String describe() {
        return String.format(
                "%d run(s): %d started, %d completed, %d failed; Q&A answered %s; due->notified p50 %s p95 %s;"
                        + " materials p50 %s p95 %s",
                runs,
                started,
                completed,
                failed,
                chats == 0
                        ? "n/a"
                        : String.format(
                                "%d/%d (%.0f%%)",
                                chatsAnswered, chats, 100.0 * chatsAnswered / chats),
                ms(notifyP50),
                ms(notifyP95),
                ms(materialsP50),
                ms(materialsP95));
    }

    private static String ms(Optional<Duration> d) {
        return d.map(x -> x.toMillis() + " ms").orElse("n/a");
    }
}
