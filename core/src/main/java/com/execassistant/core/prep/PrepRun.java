package com.execassistant.core.prep;

import java.time.Instant;
import java.util.Objects;

/**
 * One workflow instance: the prep of one meeting revision. Immutable; each step returns a new value
 * that the engine stores before going on, so a crash resumes at the last stored step.
 *
 * @param runId deterministic per meeting revision ({@link #idFor}), so a repeated event cannot
 *     start a second run
 * @param wakeAt when the engine should next run this run's current step
 * @param attempts failed attempts of the current step
 * @param lastError the last failure, as a plain sentence, or null
 * @param dueAt when prep became due (its trigger, or the event's arrival if that was later)
 * @param contextJson the gathered context, once gathered
 * @param materialsLocation where the materials were stored, once stored
 * @param materialsWriter which writer made them
 * @param materialsMillis how long generating them took
 * @param notifiedAt when the prep notification went out
 * @param chatDeadline when waiting for answers stops
 */
public record PrepRun(
        String runId,
        String meetingId,
        int revision,
        String accountId,
        String meetingType,
        PrepStep step,
        RunStatus status,
        Instant wakeAt,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant dueAt,
        String contextJson,
        String materialsLocation,
        String materialsWriter,
        Long materialsMillis,
        Instant notifiedAt,
        Instant chatDeadline,
        Instant updatedAt) {

    public PrepRun {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(status, "status");
    }

    public static String idFor(String meetingId, int revision) {
        return meetingId + "-r" + revision;
    }

    /** A new run waiting for its prep time. */
    public static PrepRun scheduled(
            String meetingId,
            int revision,
            String accountId,
            String type,
            Instant wakeAt,
            Instant now) {
        return new PrepRun(
                idFor(meetingId, revision),
                meetingId,
                revision,
                accountId,
                type,
                PrepStep.WAIT_UNTIL_PREP_TIME,
                RunStatus.SCHEDULED,
                wakeAt,
                0,
                null,
                now,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                now);
    }

    /** This run at its next step, due at once; a run that reaches DONE has nothing to wake. */
    public PrepRun advance(Instant now) {
        PrepStep next = step.next();
        return next == PrepStep.DONE
                ? at(next, RunStatus.COMPLETED, null, now)
                : at(next, RunStatus.ACTIVE, now, now);
    }

    /** This run at {@code newStep} with {@code newStatus}, due at {@code wake}; attempts reset. */
    public PrepRun at(PrepStep newStep, RunStatus newStatus, Instant wake, Instant now) {
        return with(
                d -> {
                    d.step = newStep;
                    d.status = newStatus;
                    d.wakeAt = wake;
                    d.attempts = 0;
                    d.lastError = newStatus == RunStatus.FAILED ? lastError : null;
                    d.updatedAt = now;
                });
    }

    /** The current step waits until {@code wake}. */
    public PrepRun waitUntil(Instant wake, Instant now) {
        return with(
                d -> {
                    d.status =
                            step == PrepStep.WAIT_UNTIL_PREP_TIME
                                    ? RunStatus.SCHEDULED
                                    : RunStatus.ACTIVE;
                    d.wakeAt = wake;
                    d.updatedAt = now;
                });
    }

    /** The current step failed: retry at {@code retryAt}, or give up when that is null. */
    public PrepRun failed(String error, Instant retryAt, Instant now) {
        return with(
                d -> {
                    d.status = retryAt == null ? RunStatus.FAILED : RunStatus.RETRYING;
                    d.wakeAt = retryAt;
                    d.attempts = attempts + 1;
                    d.lastError = error;
                    d.updatedAt = now;
                });
    }

    public PrepRun withDueAt(Instant due) {
        return with(d -> d.dueAt = due);
    }

    public PrepRun withContext(String json) {
        return with(d -> d.contextJson = json);
    }

    public PrepRun withMaterials(String location, String writer, long millis) {
        return with(
                d -> {
                    d.materialsLocation = location;
                    d.materialsWriter = writer;
                    d.materialsMillis = millis;
                });
    }

    public PrepRun withNotified(Instant at, Instant deadline) {
        return with(
                d -> {
                    d.notifiedAt = at;
                    d.chatDeadline = deadline;
                });
    }

    /** A copy with some of the changing fields changed; the run's identity never changes. */
    private PrepRun with(java.util.function.Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return new PrepRun(
                runId,
                meetingId,
                revision,
                accountId,
                meetingType,
                d.step,
                d.status,
                d.wakeAt,
                d.attempts,
                d.lastError,
                createdAt,
                d.dueAt,
                d.contextJson,
                d.materialsLocation,
                d.materialsWriter,
                d.materialsMillis,
                d.notifiedAt,
                d.chatDeadline,
                d.updatedAt);
    }

    /** The fields a step may change, as a scratch copy for {@link #with}. */
    private static final class Draft {
        PrepStep step;
        RunStatus status;
        Instant wakeAt;
        int attempts;
        String lastError;
        Instant dueAt;
        String contextJson;
        String materialsLocation;
        String materialsWriter;
        Long materialsMillis;
        Instant notifiedAt;
        Instant chatDeadline;
        Instant updatedAt;

        Draft(PrepRun r) {
            step = r.step;
            status = r.status;
            wakeAt = r.wakeAt;
            attempts = r.attempts;
            lastError = r.lastError;
            dueAt = r.dueAt;
            contextJson = r.contextJson;
            materialsLocation = r.materialsLocation;
            materialsWriter = r.materialsWriter;
            materialsMillis = r.materialsMillis;
            notifiedAt = r.notifiedAt;
            chatDeadline = r.chatDeadline;
            updatedAt = r.updatedAt;
        }
    }
}
