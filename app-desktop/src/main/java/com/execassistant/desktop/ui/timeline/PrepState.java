package com.execassistant.desktop.ui.timeline;

import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepStep;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Where a meeting's prep stands, in the words and the kind the timeline shows. */
public record PrepState(Kind kind, String text) {

    /** The kinds the timeline styles differently (icon and colour). */
    public enum Kind {
        NONE,
        SCHEDULED,
        DUE,
        IN_PROGRESS,
        READY,
        SKIPPED,
        FAILED
    }

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    /** The state of {@code m} given its newest run (or null when none exists yet). */
    public static PrepState of(MeetingRecord m, PrepRun run, Instant now, ZoneId zone) {
        if (run == null) {
            if (!m.prepNeeded()) {
                return new PrepState(Kind.NONE, "no prep needed");
            }
            return m.prepTrigger().isAfter(now)
                    ? scheduled(m.prepTrigger(), now, zone)
                    : new PrepState(Kind.DUE, "prep due now");
        }
        return switch (run.status()) {
            case SCHEDULED -> scheduled(run.wakeAt() == null ? now : run.wakeAt(), now, zone);
            case ACTIVE -> active(run);
            case RETRYING -> new PrepState(Kind.IN_PROGRESS, "prep retrying after a problem");
            case COMPLETED -> new PrepState(Kind.READY, "prep ready");
            case FAILED -> new PrepState(Kind.FAILED, "prep failed - retry");
            case SKIPPED -> new PrepState(Kind.SKIPPED, "prep skipped");
            case CANCELLED -> new PrepState(Kind.SKIPPED, "prep stopped");
        };
    }

    private static PrepState active(PrepRun run) {
        if (run.materialsLocation() != null) {
            return new PrepState(Kind.READY, "prep ready");
        }
        if (run.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION) {
            return new PrepState(Kind.DUE, "prep due - waiting for your answers");
        }
        return new PrepState(Kind.IN_PROGRESS, "prep in progress");
    }

    /** "today 14:00", "tomorrow 09:00", else "Thu 09:00": the words people use for a time. */
    private static PrepState scheduled(Instant at, Instant now, ZoneId zone) {
        java.time.LocalDate day = at.atZone(zone).toLocalDate();
        java.time.LocalDate today = now.atZone(zone).toLocalDate();
        String when =
                day.equals(today)
                        ? "today " + HOUR.format(at.atZone(zone))
                        : day.equals(today.plusDays(1))
                                ? "tomorrow " + HOUR.format(at.atZone(zone))
                                : WHEN.format(at.atZone(zone));
        return new PrepState(Kind.SCHEDULED, "prep scheduled " + when);
    }
}
