package com.execassistant.core.prep;

import com.execassistant.core.config.MeetingTypes;
import com.execassistant.core.monitor.MeetingRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Snooze: "ask me again later" for prep questions the user was sent. It owes one nudge after the
 * snooze interval, moved into working hours, and only while a nudge can still come before the Q&A
 * closes and the final reminder; otherwise it says so and the final reminder does the job. A new
 * snooze replaces the nudge still owed; Start Prep calls it off.
 */
public final class PrepSnoozer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);

    private final PrepRunStore runs;
    private final MeetingLookup meetings;
    private final SnoozeStore snoozes;
    private final Wakeups wakeups;
    private final MeetingTypes types;
    private final WorkingHours hours;
    private final Duration interval;
    private final Clock clock;

    /**
     * @param interval how long a snooze lasts when the user does not say
     */
    public PrepSnoozer(
            PrepRunStore runs,
            MeetingLookup meetings,
            SnoozeStore snoozes,
            Wakeups wakeups,
            MeetingTypes types,
            WorkingHours hours,
            Duration interval,
            Clock clock) {
        this.runs = runs;
        this.meetings = meetings;
        this.snoozes = snoozes;
        this.wakeups = wakeups;
        this.types = types;
        this.hours = hours;
        this.interval = interval;
        this.clock = clock;
    }

    /**
     * What a snooze did.
     *
     * @param nudgeAt when the nudge comes; null when no time was left for one
     * @param message a sentence for the user saying so
     */
    public record Outcome(String runId, Instant nudgeAt, String message) {}

    /** How long a snooze lasts when the user does not say. */
    public Duration interval() {
        return interval;
    }

    /** Snoozes the newest run of a meeting. */
    public Outcome snoozeMeeting(String meetingId, Duration howLong) {
        PrepRun run =
                runs.forMeeting(meetingId).stream()
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new PrepException(
                                                "There is no prep for this meeting to snooze."));
        return snooze(run.runId(), howLong);
    }

    /**
     * Snoozes a run waiting for answers.
     *
     * @param howLong the snooze, or null for the configured interval
     * @throws PrepException when the run is not waiting for the user's answers
     */
    public Outcome snooze(String runId, Duration howLong) {
        Duration d = howLong == null ? interval : howLong;
        if (d.isNegative() || d.isZero()) {
            throw new PrepException("A snooze must last at least a minute.");
        }
        PrepRun run =
                runs.find(runId)
                        .orElseThrow(() -> new PrepException("That prep is no longer around."));
        if (run.status().finished()) {
            throw new PrepException(
                    "There is nothing to snooze: this prep is "
                            + run.status().name().toLowerCase(Locale.ROOT)
                            + ".");
        }
        if (run.step() != PrepStep.WAIT_FOR_CHAT_COMPLETION) {
            throw new PrepException(
                    run.step().ordinal() < PrepStep.WAIT_FOR_CHAT_COMPLETION.ordinal()
                            ? "There is nothing to snooze yet: the prep questions have not been"
                                    + " sent."
                            : "There is nothing to snooze: the prep questions are done.");
        }
        MeetingRecord m =
                meetings.find(run.meetingId())
                        .orElseThrow(() -> new PrepException("That meeting is gone."));
        Instant now = clock.instant();
        Instant asked = now.plus(d);
        Instant at = hours.adjust(asked, m.event().startInstant());
        if (at.isBefore(asked)) {
            at = asked; // moved back before the meeting: never earlier than the user asked
        }
        Instant reminder = reminder(m);
        Instant limit =
                run.chatDeadline() == null ? reminder : earlier(run.chatDeadline(), reminder);
        Optional<Snooze> last = snoozes.find(runId);
        if (!at.isBefore(limit)) {
            // The user said "not now"; an earlier nudge still owed would contradict that.
            last.filter(Snooze::pending).ifPresent(z -> snoozes.settle(runId, z.number()));
            return new Outcome(runId, null, noTimeLeft(limit, reminder, now));
        }
        Instant nudgeAt = at;
        snoozes.save(
                last.map(z -> z.again(nudgeAt, now))
                        .orElseGet(() -> Snooze.first(runId, nudgeAt, now)));
        // Stored with the run, the nudge's time survives a restart before the run looks again;
        // the poke makes the waiting step plan its wake-up from the snooze at once.
        runs.wakeWaitingRunBy(runId, nudgeAt);
        wakeups.schedule(runId, now);
        return new Outcome(runId, at, "OK - I'll ask you again at " + when(at, now) + ".");
    }

    /** Calls off the nudge still owed for the run, if any (the user picked the prep up). */
    public void cancel(String runId) {
        snoozes.find(runId)
                .filter(Snooze::pending)
                .ifPresent(z -> snoozes.settle(runId, z.number()));
    }

    /** The nudge still owed for the run, if any. */
    public Optional<Snooze> pending(String runId) {
        return snoozes.find(runId).filter(Snooze::pending);
    }

    private Instant reminder(MeetingRecord m) {
        int h = types.byName(m.type()).orElse(types.fallback()).reminderHoursBefore();
        return m.event().startInstant().minusSeconds(3600L * h);
    }

    private String noTimeLeft(Instant limit, Instant reminder, Instant now) {
        if (!reminder.isAfter(now)) {
            return "There is no time left for a nudge before the meeting.";
        }
        if (limit.isBefore(reminder)) {
            return "There is no time left for a nudge: the prep questions close at "
                    + when(limit, now)
                    + ", and the final reminder comes at "
                    + when(reminder, now)
                    + ".";
        }
        return "There is no time left for a nudge: the final reminder comes at "
                + when(reminder, now)
                + ".";
    }

    private String when(Instant t, Instant now) {
        ZonedDateTime z = t.atZone(hours.zone());
        boolean today = z.toLocalDate().equals(now.atZone(hours.zone()).toLocalDate());
        return (today ? TIME : DAY_TIME).format(z);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
