package com.execassistant.desktop.prep;

import com.execassistant.core.context.ContextSource;
import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.MeetingStatus;
import com.execassistant.core.notify.NotificationRecord;
import com.execassistant.core.notify.Purpose;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepStep;
import com.execassistant.core.prep.RunStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the prep scenario tests share: meetings of any type, runtimes with one part swapped, and a
 * driver that moves the clock from one waiting point of a run to the next.
 */
final class ScenarioKit {

    private ScenarioKit() {}

    /** New York local time, for writing scenarios as a person reads a calendar. */
    static Instant local(String isoLocal) {
        return LocalDateTime.parse(isoLocal).atZone(PrepFixture.NEW_YORK).toInstant();
    }

    /** A confirmed meeting with the organizer and {@code others} more people invited. */
    static CalendarEvent meeting(String id, String title, Instant start, int minutes, int others) {
        List<Attendee> people = new ArrayList<>();
        people.add(Attendee.person("dana@example.com"));
        for (int i = 1; i <= others; i++) {
            people.add(Attendee.person("person" + i + "@example.com"));
        }
        return new CalendarEvent(
                "primary",
                id,
                id,
                null,
                null,
                title,
                null,
                null,
                start.atZone(PrepFixture.NEW_YORK),
                start.plus(Duration.ofMinutes(minutes)).atZone(PrepFixture.NEW_YORK),
                false,
                MeetingStatus.CONFIRMED,
                "dana@example.com",
                people,
                null);
    }

    /** The fixture's options with other context sources and per-source time limit. */
    static PrepRuntime.Options withContext(
            PrepRuntime.Options o, Collection<? extends ContextSource> sources, Duration limit) {
        return new PrepRuntime.Options(
                o.settings(),
                o.channels(),
                o.writer(),
                sources,
                limit,
                o.materialsRoot(),
                o.pollingInterval(),
                o.threads(),
                o.engineStore());
    }

    /** Starts the fixture's runtime on these options. */
    static PrepRuntime start(PrepFixture f, PrepRuntime.Options options) {
        f.runtime = new PrepRuntime(f.db, f.config, f.clock, options);
        f.runtime.start();
        return f.runtime;
    }

    /**
     * Moves the clock to each time the run waits for (its prep time, the end of the Q&A, the
     * reminder) until it finishes; the Q&A gets no answers, so it ends at its deadline.
     */
    static PrepRun finish(PrepFixture f, String externalId) throws InterruptedException {
        return driveUntil(f, externalId, r -> r.status().finished());
    }

    /** As {@link #finish}, stopping once the run satisfies {@code done}. */
    static PrepRun driveUntil(
            PrepFixture f, String externalId, java.util.function.Predicate<PrepRun> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        PrepRun r = f.run(externalId);
        while (!done.test(r)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the run did not get there; it is " + r);
            }
            if (r.status().finished()) {
                throw new AssertionError("the run finished before getting there: " + r);
            }
            // Only a wait the engine has stored moves the clock: a step just entered is due now.
            // A retry (a fake that answered slowly on a loaded machine) is waited out the same way.
            boolean waiting =
                    r.status() == RunStatus.SCHEDULED
                            || r.status() == RunStatus.RETRYING
                            || r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION
                            || r.step() == PrepStep.WAIT_UNTIL_REMINDER;
            if (waiting && r.wakeAt() != null && f.clock.instant().isBefore(r.wakeAt())) {
                f.clock.set(r.wakeAt());
            }
            Thread.sleep(20);
            r = f.run(externalId);
        }
        return r;
    }

    /**
     * Notified and settled in the Q&A wait: the engine has stored the wait and has nothing more to
     * do for the run until an answer or the deadline.
     */
    static boolean waitingForAnswers(PrepRun r) {
        return r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION
                && r.chatDeadline() != null
                && r.chatDeadline().equals(r.wakeAt());
    }

    /** Whether the engine is running a tick right now (which takes every due run). */
    static boolean executing(PrepFixture f, String runId) {
        try (java.sql.Connection c = f.db.connection();
                java.sql.PreparedStatement s =
                        c.prepareStatement(
                                "SELECT picked FROM scheduled_tasks WHERE task_name = ?")) {
            s.setString(1, LocalPrepEngine.TASK);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The purposes sent, in order, each once per successful delivery. */
    static List<Purpose> sent(PrepRuntime rt, String runId) {
        return rt.notifications().forRun(runId).stream()
                .filter(r -> r.outcome() == NotificationRecord.Outcome.SENT)
                .map(NotificationRecord::purpose)
                .toList();
    }

    static String read(PrepRun run, String file) {
        try {
            return Files.readString(Path.of(run.materialsLocation(), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
