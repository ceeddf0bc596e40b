package com.execassistant.core.prep;

import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.NotificationDispatcher.Attempt;
import com.execassistant.core.notify.NotificationException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of many runs at once. Steps that notify are grouped by step so that runs falling due
 * together reach the user as one digest rather than a message each, and their Q&A sessions are
 * created in one write; every other step runs as it would alone. A failure stays with its own run.
 */
final class PrepBatch {

    private final PrepWorkflow workflow;
    private final Clock clock;

    PrepBatch(PrepWorkflow workflow, Clock clock) {
        this.workflow = workflow;
        this.clock = clock;
    }

    List<PrepRun> execute(List<PrepRun> batch) {
        PrepRun[] out = new PrepRun[batch.size()];
        Map<PrepStep, List<Integer>> sending = new EnumMap<>(PrepStep.class);
        for (int i = 0; i < batch.size(); i++) {
            PrepRun run = batch.get(i);
            if (PrepWorkflow.sends(run.step())) {
                sending.computeIfAbsent(run.step(), s -> new ArrayList<>()).add(i);
            } else {
                out[i] = workflow.execute(run);
            }
        }
        sending.values().forEach(group -> send(group, batch, out));
        return Arrays.asList(out);
    }

    private void send(List<Integer> group, List<PrepRun> batch, PrepRun[] out) {
        Instant now = clock.instant();
        List<Integer> ready = new ArrayList<>(group.size());
        List<Notification> notes = new ArrayList<>(group.size());
        Map<String, List<String>> questions = new LinkedHashMap<>();
        for (int i : group) {
            PrepRun run = batch.get(i);
            try {
                Notification n = workflow.outgoing(run);
                if (run.step() == PrepStep.SEND_PREP_NOTIFICATION) {
                    questions.put(run.runId(), workflow.questions(run));
                }
                notes.add(n);
                ready.add(i);
            } catch (RuntimeException e) {
                out[i] = workflow.failure(run, e, now);
            }
        }
        List<Attempt> attempts;
        try {
            workflow.ports().chat().startAll(questions);
            attempts = workflow.ports().notifications().deliverAll(notes, "");
        } catch (RuntimeException e) {
            ready.forEach(i -> out[i] = workflow.failure(batch.get(i), e, now));
            return;
        }
        for (int k = 0; k < ready.size(); k++) {
            int i = ready.get(k);
            PrepRun run = batch.get(i);
            Attempt a = attempts.get(k);
            try {
                out[i] =
                        a.delivered()
                                ? workflow.sent(run, now)
                                : workflow.failure(
                                        run, new NotificationException(a.failure()), now);
            } catch (RuntimeException e) {
                out[i] = workflow.failure(run, e, now);
            }
        }
    }
}
