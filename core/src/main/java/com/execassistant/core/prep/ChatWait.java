package com.execassistant.core.prep;

import com.execassistant.core.chat.ChatSession;
import com.execassistant.core.monitor.MeetingRecord;
import java.time.Instant;
import java.util.Optional;

/**
 * The wait for the prep Q&A: on as soon as the answers are in or the deadline passed; meanwhile
 * asleep until the deadline, or until a snooze's nudge is owed, which it sends once.
 */
final class ChatWait {

    private final PrepPorts ports;
    private final SnoozeStore snoozes;

    /**
     * @param snoozes null when the engine offers no snooze
     */
    ChatWait(PrepPorts ports, SnoozeStore snoozes) {
        this.ports = ports;
        this.snoozes = snoozes;
    }

    /** The WaitForChatCompletion step: on, when the Q&A finished or timed out; else wait. */
    PrepRun step(PrepRun run, Instant now, java.util.function.Supplier<MeetingRecord> meeting) {
        ChatSession s =
                ports.chat()
                        .find(run.runId())
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "the run's Q&A session is missing"));
        if (s.state().finished()) {
            return run.advance(now);
        }
        if (run.chatDeadline() != null && !now.isBefore(run.chatDeadline())) {
            ports.chat().timeOut(run.runId());
            return run.advance(now);
        }
        Optional<Snooze> owed =
                snoozes == null
                        ? Optional.empty()
                        : snoozes.find(run.runId()).filter(Snooze::pending);
        if (owed.isPresent()) {
            Snooze z = owed.get();
            if (now.isBefore(z.nudgeAt())) {
                return run.waitUntil(earlier(z.nudgeAt(), run.chatDeadline()), now);
            }
            nudge(run, s, z, meeting.get());
        }
        return run.waitUntil(run.chatDeadline(), now);
    }

    /**
     * Sends a snooze's nudge once (the record's tag is per snooze), unless the user picked the Q&A
     * up after snoozing; either way the snooze owes nothing more.
     */
    private void nudge(PrepRun run, ChatSession s, Snooze z, MeetingRecord m) {
        if (!s.updatedAt().isAfter(z.snoozedAt())) {
            ports.notifications()
                    .deliver(
                            PrepMessages.snoozedPrep(run, m, ContextJson.read(run.contextJson())),
                            z.tag());
        }
        snoozes.settle(run.runId(), z.number());
    }

    private static Instant earlier(Instant a, Instant b) {
        return b == null || a.isBefore(b) ? a : b;
    }
}
