package com.execassistant.desktop.bench;

import com.execassistant.core.classify.MeetingClassifier;
import com.execassistant.core.config.MeetingTypes;
import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.MeetingStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Classifier throughput on one thread, over a varied set of realistic meetings. Warm-up rounds
 * first so the JIT has compiled the hot path; then timed rounds, and the best is reported with the
 * median so a noisy neighbour shows up as a spread rather than a wrong figure.
 */
public final class ClassifierBench {

    private static final String[] TITLES = {
        "1:1 Dana / Lee",
        "Leadership team weekly",
        "Q3 QBR with ACME",
        "All hands",
        "Post-mortem: SEV-1 checkout outage",
        "Design review: onboarding flow",
        "Coffee chat",
        "Staff meeting",
        "one-on-one: Priya <> Sam",
        "Hiring sync",
        "Budget planning FY27",
        "Incident review: payments latency",
        "Board prep",
        "Weekly ops review",
    };

    /** The figures: median and best throughput in meetings per second. */
    public record Result(double medianPerSecond, double bestPerSecond, int rounds) {}

    private ClassifierBench() {}

    public static Result run(MeetingTypes types, Duration roundLength, int rounds) {
        MeetingClassifier classifier = new MeetingClassifier(types);
        List<CalendarEvent> meetings = sample(4096);
        Instant now = Instant.parse("2026-03-01T09:00:00Z");
        long sink = 0;
        for (int i = 0; i < 3; i++) {
            sink += round(classifier, meetings, now, roundLength).hash;
        }
        double[] perSecond = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            Round round = round(classifier, meetings, now, roundLength);
            sink += round.hash;
            perSecond[r] = round.count / (round.nanos / 1e9);
        }
        java.util.Arrays.sort(perSecond);
        if (sink == 42) {
            System.out.print(""); // keeps the loop's results alive for the JIT
        }
        return new Result(perSecond[rounds / 2], perSecond[rounds - 1], rounds);
    }

    private record Round(long count, long nanos, long hash) {}

    private static Round round(
            MeetingClassifier classifier,
            List<CalendarEvent> meetings,
            Instant now,
            Duration length) {
        long deadline = System.nanoTime() + length.toNanos();
        long count = 0;
        long start = System.nanoTime();
        int n = meetings.size();
        long hash = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 1024; i++) {
                hash += classifier.classify(meetings.get((int) (count++ % n)), now).type().length();
            }
        }
        return new Round(count, System.nanoTime() - start, hash);
    }

    static List<CalendarEvent> sample(int n) {
        List<CalendarEvent> out = new ArrayList<>(n);
        ZoneId zone = ZoneId.of("America/New_York");
        Instant base = Instant.parse("2026-03-03T14:00:00Z");
        for (int i = 0; i < n; i++) {
            List<Attendee> people = new ArrayList<>();
            int count = 1 + (i * 7) % 30;
            for (int a = 0; a < count; a++) {
                people.add(Attendee.person("p" + a + "@example.com"));
            }
            Instant start = base.plus(Duration.ofHours(i % 300));
            out.add(
                    new CalendarEvent(
                            "primary",
                            "e" + i,
                            "e" + i,
                            null,
                            null,
                            TITLES[i % TITLES.length],
                            i % 3 == 0 ? "Agenda: review the numbers and decide next steps." : null,
                            null,
                            start.atZone(zone),
                            start.plus(Duration.ofMinutes(45)).atZone(zone),
                            false,
                            MeetingStatus.CONFIRMED,
                            "p0@example.com",
                            people,
                            null));
        }
        return out;
    }
}
