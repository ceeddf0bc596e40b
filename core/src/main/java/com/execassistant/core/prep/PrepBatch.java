package com.execassistant.core.prep;

import com.execassistant.core.context.ContextGatherer;
import com.execassistant.core.context.ContextGathering;
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
public final class PrepBatch {

    /**
     * Runs the independent steps of a batch. More threads than cores: writing materials and reading
     * context files wait on the disk as much as they use the CPU.
     */
    private static final java.util.concurrent.ForkJoinPool STEPS =
            new java.util.concurrent.ForkJoinPool(
                    Math.max(16, 2 * Runtime.getRuntime().availableProcessors()),
                    pool -> {
                        var t =
                                java.util.concurrent.ForkJoinPool.defaultForkJoinWorkerThreadFactory
                                        .newThread(pool);
                        t.setName("prep-steps-" + t.getPoolIndex());
                        t.setDaemon(true);
                        return t;
                    },
                    null,
                    false);

    private final PrepWorkflow workflow;
    private final MeetingMemo memo;
    private final Clock clock;

    PrepBatch(PrepWorkflow workflow, MeetingMemo memo, Clock clock) {
        this.workflow = workflow;
        this.memo = memo;
        this.clock = clock;
    }

    /**
     * Reads these meetings now, for runs this batch will execute shortly (an engine reading ahead
     * of a tick); meetings already read are not read again.
     */
    public void prefetch(java.util.Collection<String> meetingIds) {
        memo.prefetch(meetingIds);
    }

    /** As {@link PrepWorkflow#executeAll}; results come in the batch's order. */
    public List<PrepRun> execute(List<PrepRun> batch) {
        try {
            memo.prefetch(batch.stream().map(PrepRun::meetingId).distinct().toList());
            memo.refreshFor(batch);
        } catch (RuntimeException e) {
            // One meeting that cannot be read: each run then reads its own, and only that run's
            // step fails.
        }
        PrepRun[] out = new PrepRun[batch.size()];
        Map<PrepStep, List<Integer>> sending = new EnumMap<>(PrepStep.class);
        List<Integer> alone = new ArrayList<>();
        List<Integer> gathering = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            PrepRun run = batch.get(i);
            if (run.step() == PrepStep.GATHER_CONTEXT && run.contextJson() == null) {
                gathering.add(i);
            } else if (sends(run.step())) {
                sending.computeIfAbsent(run.step(), s -> new ArrayList<>()).add(i);
            } else {
                alone.add(i);
            }
        }
        // The other steps are independent of each other and mostly CPU (reading the meeting,
        // context files, writing materials): spread over the machine's cores.
        if (alone.size() < 2) {
            alone.forEach(i -> out[i] = workflow.execute(batch.get(i)));
        } else {
            STEPS.submit(
                            () ->
                                    alone.parallelStream()
                                            .forEach(i -> out[i] = workflow.execute(batch.get(i))))
                    .join();
        }
        gather(gathering, batch, out);
        sending.values().forEach(group -> send(group, batch, out));
        return Arrays.asList(out);
    }

    private static void joinUnwrapped(java.util.concurrent.CompletableFuture<Void> f) {
        try {
            f.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Every run's sources start before any is waited for, so the batch waits about once. */
    private void gather(List<Integer> group, List<PrepRun> batch, PrepRun[] out) {
        if (group.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Integer> ready = new ArrayList<>(group.size());
        List<ContextGatherer.Request> requests = new ArrayList<>(group.size());
        for (int i : group) {
            try {
                requests.add(workflow.contextRequest(batch.get(i)));
                ready.add(i);
            } catch (RuntimeException e) {
                out[i] = workflow.failure(batch.get(i), e, now);
            }
        }
        List<ContextGathering> found;
        try {
            found = workflow.ports().context().gatherAll(requests);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ready.forEach(i -> out[i] = batch.get(i)); // unchanged: looked at again next tick
            return;
        } catch (RuntimeException e) {
            ready.forEach(i -> out[i] = workflow.failure(batch.get(i), e, now));
            return;
        }
        for (int k = 0; k < ready.size(); k++) {
            int i = ready.get(k);
            try {
                out[i] = PrepWorkflow.gathered(batch.get(i), found.get(k).bundle(), now);
            } catch (RuntimeException e) {
                out[i] = workflow.failure(batch.get(i), e, now);
            }
        }
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
            // The Q&A sessions are written while the batch's intent is put on record; both must
            // be stored before the first message can reach the user.
            java.util.concurrent.CompletableFuture<Void> sessions =
                    questions.isEmpty()
                            ? java.util.concurrent.CompletableFuture.completedFuture(null)
                            : java.util.concurrent.CompletableFuture.runAsync(
                                    () -> workflow.ports().chat().startAll(questions), STEPS);
            attempts =
                    workflow.ports()
                            .notifications()
                            .deliverAll(notes, "", () -> joinUnwrapped(sessions));
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

    /** Whether the step sends a notification, so that a batch can send them together. */
    private static boolean sends(PrepStep step) {
        return step == PrepStep.SEND_PREP_NOTIFICATION
                || step == PrepStep.SEND_MATERIALS
                || step == PrepStep.SEND_REMINDER;
    }
}
