package com.execassistant.core.prep;

import com.execassistant.core.chat.ChatService;
import com.execassistant.core.config.MeetingType;
import com.execassistant.core.config.MeetingTypes;
import com.execassistant.core.context.ContextBundle;
import com.execassistant.core.context.ContextQuery;
import com.execassistant.core.materials.Materials;
import com.execassistant.core.materials.MaterialsException;
import com.execassistant.core.materials.MaterialsRequest;
import com.execassistant.core.materials.PrepAnswers;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.notify.Notification;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The prep workflow's steps as plain functions of a run over ports: each call executes the run's
 * current step once and returns the run as it should be stored next. Both engines call this; none
 * of it knows about db-scheduler or Step Functions.
 *
 * <p>Every step is idempotent: context gathered is kept in the run, the Q&A session is created once
 * per run, notifications go through the dispatcher's record, materials are staged and published
 * under a location fixed by the run. So an engine may re-run the step it was in when it crashed.
 */
public final class PrepWorkflow {

    private static final Logger LOG = LoggerFactory.getLogger(PrepWorkflow.class);

    private final PrepPorts ports;
    private final MeetingTypes types;
    private final PrepSettings settings;
    private final Clock clock;
    private final SnoozeStore snoozes;

    public PrepWorkflow(PrepPorts ports, MeetingTypes types, PrepSettings settings, Clock clock) {
        this(ports, types, settings, clock, null);
    }

    /**
     * @param snoozes the runs' snoozes, whose nudges the Q&A wait sends; null when the engine
     *     offers no snooze
     */
    public PrepWorkflow(
            PrepPorts ports,
            MeetingTypes types,
            PrepSettings settings,
            Clock clock,
            SnoozeStore snoozes) {
        this.ports = ports;
        this.types = types;
        this.settings = settings;
        this.clock = clock;
        this.snoozes = snoozes;
    }

    /** Executes the run's current step; a failure becomes a retry or, past the limit, FAILED. */
    public PrepRun execute(PrepRun run) {
        Instant now = clock.instant();
        try {
            return step(run, now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return run;
        } catch (RuntimeException e) {
            return failure(run, e, now);
        }
    }

    /**
     * Executes the current step of several runs that fell due together, as {@link #execute} would
     * one by one, except that their notifications go out as one batch (a digest, where the channel
     * has one) and each meeting is read once. Results come in the batch's order.
     */
    public List<PrepRun> executeAll(List<PrepRun> batch) {
        return batch().execute(batch);
    }

    /**
     * Executes steps of runs in batches that read each meeting once for all of them: an engine
     * driving a batch through several steps in a row (a tick) keeps one, so the meetings are read
     * once per tick rather than once per step. Not for longer than that: a meeting read is not read
     * again.
     */
    public PrepBatch batch() {
        MeetingMemo memo = new MeetingMemo(ports.meetings());
        return new PrepBatch(withMeetings(memo), memo, clock);
    }

    /** This workflow reading meetings through {@code lookup}. */
    private PrepWorkflow withMeetings(MeetingLookup lookup) {
        PrepPorts p =
                new PrepPorts(
                        lookup,
                        ports.context(),
                        ports.notifications(),
                        ports.chat(),
                        ports.writer(),
                        ports.materials());
        return new PrepWorkflow(p, types, settings, clock, snoozes);
    }

    PrepPorts ports() {
        return ports;
    }

    /** A failed step: a retry after the backoff or, past the limit, FAILED. */
    PrepRun failure(PrepRun run, RuntimeException e, Instant now) {
        String reason = PrepErrors.plain(e);
        int attempt = run.attempts() + 1;
        Instant retryAt =
                attempt < settings.maxAttempts() ? now.plus(settings.retryDelay(attempt)) : null;
        LOG.info("Step {} of {} failed (attempt {}): {}", run.step(), run.runId(), attempt, reason);
        return run.failed(reason, retryAt, now);
    }

    /** What the run's GatherContext step asks the context sources. */
    com.execassistant.core.context.ContextGatherer.Request contextRequest(PrepRun run) {
        MeetingRecord m = meeting(run);
        return new com.execassistant.core.context.ContextGatherer.Request(
                new ContextQuery(m.event(), m.type(), m.accountId()), type(m).contextRequired());
    }

    /** The run once its context is gathered. */
    static PrepRun gathered(PrepRun run, ContextBundle bundle, Instant now) {
        return run.withContext(ContextJson.write(bundle)).advance(now);
    }

    /** The questions of the run's Q&A, which its prep notification opens. */
    List<String> questions(PrepRun run) {
        return type(meeting(run)).prepQuestions();
    }

    /** The notification a sending step sends (the Q&A already started for a prep start). */
    Notification outgoing(PrepRun run) {
        MeetingRecord m = meeting(run);
        return switch (run.step()) {
            case SEND_PREP_NOTIFICATION ->
                    PrepMessages.prepStart(run, m, ContextJson.read(run.contextJson()));
            case SEND_MATERIALS ->
                    PrepMessages.materialsReady(
                            run,
                            m,
                            ports.materials().staged(run.runId()).orElse(null),
                            ports.materials().files(run.materialsLocation()));
            case SEND_REMINDER -> PrepMessages.reminder(run, m);
            default -> throw new IllegalArgumentException(run.step() + " sends nothing");
        };
    }

    /** The run once its step's notification is delivered. */
    PrepRun sent(PrepRun run, Instant now) {
        if (run.step() != PrepStep.SEND_PREP_NOTIFICATION) {
            return run.advance(now);
        }
        Instant reminder = reminderTime(meeting(run));
        Instant deadline = now.plus(settings.chatTimeout());
        if (reminder.isBefore(deadline)) {
            // Materials must exist by the reminder, so the Q&A cannot outlast it.
            deadline = reminder.isAfter(now) ? reminder : now;
        }
        return run.withNotified(now, deadline).advance(now);
    }

    private PrepRun step(PrepRun run, Instant now) throws InterruptedException {
        return switch (run.step()) {
            case WAIT_UNTIL_PREP_TIME -> waitUntilPrepTime(run, now);
            case LOAD_MEETING -> loadMeeting(run, now);
            case GATHER_CONTEXT -> gatherContext(run, now);
            case SEND_PREP_NOTIFICATION, SEND_MATERIALS, SEND_REMINDER -> send(run, now);
            case WAIT_FOR_CHAT_COMPLETION -> waitForChat(run, now);
            case GENERATE_MATERIALS -> generateMaterials(run, now);
            case STORE_MATERIALS -> storeMaterials(run, now);
            case WAIT_UNTIL_REMINDER -> waitUntilReminder(run, now);
            case DONE -> run.at(PrepStep.DONE, RunStatus.COMPLETED, null, now);
        };
    }

    private PrepRun waitUntilPrepTime(PrepRun run, Instant now) {
        if (run.wakeAt() != null && now.isBefore(run.wakeAt())) {
            return run.waitUntil(run.wakeAt(), now);
        }
        Instant due =
                run.wakeAt() == null || run.wakeAt().isBefore(run.createdAt())
                        ? run.createdAt()
                        : run.wakeAt();
        return run.withDueAt(due).advance(now);
    }

    private PrepRun loadMeeting(PrepRun run, Instant now) {
        MeetingRecord m = meeting(run);
        if (m.event().isCancelled() || m.revision() != run.revision()) {
            return run.at(PrepStep.DONE, RunStatus.CANCELLED, null, now);
        }
        if (!m.event().startInstant().isAfter(now)) {
            return run.at(PrepStep.DONE, RunStatus.CANCELLED, null, now);
        }
        return run.advance(now);
    }

    private PrepRun gatherContext(PrepRun run, Instant now) throws InterruptedException {
        if (run.contextJson() != null) {
            return run.advance(now);
        }
        var request = contextRequest(run);
        ContextBundle bundle = ports.context().gather(request.query(), request.required()).bundle();
        return gathered(run, bundle, now);
    }

    private PrepRun send(PrepRun run, Instant now) {
        if (run.step() == PrepStep.SEND_PREP_NOTIFICATION) {
            ports.chat().start(run.runId(), questions(run));
        }
        ports.notifications().deliver(outgoing(run), "");
        return sent(run, now);
    }

    private PrepRun waitForChat(PrepRun run, Instant now) {
        return new ChatWait(ports, snoozes).step(run, now, () -> meeting(run));
    }

    private PrepRun generateMaterials(PrepRun run, Instant now) {
        Optional<Materials> staged = ports.materials().staged(run.runId());
        if (staged.isPresent()) {
            // Staged before a crash: record them as a first execution would have.
            Materials done = staged.get();
            return run.withMaterials(null, done.writer(), done.generationTime().toMillis())
                    .advance(now);
        }
        MeetingRecord m = meeting(run);
        MeetingType t = type(m);
        PrepAnswers answers =
                ports.chat()
                        .find(run.runId())
                        .map(ChatService::answersOf)
                        .orElse(PrepAnswers.notAsked());
        MaterialsRequest request =
                new MaterialsRequest(
                        m.event(),
                        m.type(),
                        t.prepQuestions(),
                        ContextJson.read(run.contextJson()),
                        answers,
                        t.contextRequired(),
                        settings.zone());
        Materials materials;
        try {
            materials = ports.writer().write(request);
        } catch (MaterialsException e) {
            // The engines wire a writer that falls back to the template; reaching this is a retry.
            throw new IllegalStateException(
                    "The materials could not be written: " + e.getMessage(), e);
        }
        ports.materials().stage(run.runId(), materials);
        return run.withMaterials(null, materials.writer(), materials.generationTime().toMillis())
                .advance(now);
    }

    private PrepRun storeMaterials(PrepRun run, Instant now) {
        String location = ports.materials().publish(run.runId(), meeting(run));
        return run.withMaterials(
                        location,
                        run.materialsWriter(),
                        run.materialsMillis() == null ? 0 : run.materialsMillis())
                .advance(now);
    }

    private PrepRun waitUntilReminder(PrepRun run, Instant now) {
        MeetingRecord m = meeting(run);
        Instant at = reminderTime(m);
        if (now.isBefore(at)) {
            return run.waitUntil(at, now);
        }
        if (!now.isBefore(m.event().startInstant())) {
            return run.at(PrepStep.DONE, RunStatus.COMPLETED, null, now);
        }
        return run.advance(now);
    }

    Instant reminderTime(MeetingRecord m) {
        return m.event().startInstant().minusSeconds(3600L * type(m).reminderHoursBefore());
    }

    private MeetingRecord meeting(PrepRun run) {
        return ports.meetings()
                .find(run.meetingId())
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "The meeting is no longer in your calendar."));
    }

    private MeetingType type(MeetingRecord m) {
        return types.byName(m.type()).orElse(types.fallback());
    }
}
