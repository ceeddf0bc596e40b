package com.execassistant.desktop.bench;

import com.execassistant.core.config.Configuration;
import com.execassistant.core.context.ContextSource;
import com.execassistant.core.context.file.FileContextSource;
import com.execassistant.core.materials.TemplateMaterialsWriter;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.notify.Notifier;
import com.execassistant.core.notify.Purpose;
import com.execassistant.core.notify.slack.SlackNotifier;
import com.execassistant.core.notify.slack.SlackSettings;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepSettings;
import com.execassistant.core.prep.PrepStep;
import com.execassistant.core.prep.WorkingHours;
import com.execassistant.desktop.prep.PrepRuntime;
import com.execassistant.desktop.store.Database;
import com.execassistant.desktop.store.JdbcMeetingStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Many meetings whose prep falls due at the same instant, through the real embedded engine on a
 * fresh H2 workspace, the real Slack channel against a loopback Slack, and the template writer. The
 * user is simulated: each prep DM is answered at once, question by question, through the Q&A
 * service, so the figures can leave the user's time out (see {@link PrepAudit.Measures}).
 *
 * <p>Runs stop at the wait for the final reminder, which lies hours ahead on the real clock; the
 * reminder goes through the same dispatcher as the two notifications measured here.
 */
public final class PrepBench {

    /**
     * @param contextFolder the context data files, or null to gather no context
     * @param lead how far ahead the shared due instant is set, room for storing the meetings
     * @param timeout how long to wait for every run before auditing what got through
     */
    public record Options(
            int meetings,
            Path contextFolder,
            Duration lead,
            Duration pollingInterval,
            int threads,
            Duration timeout) {

        public static Options of(int meetings, Path contextFolder) {
            return new Options(
                    meetings,
                    contextFolder,
                    Duration.ofSeconds(4).plusMillis(10L * meetings),
                    Duration.ofMillis(10),
                    4,
                    Duration.ofMinutes(5));
        }

        public Options withThreads(int n) {
            return new Options(meetings, contextFolder, lead, pollingInterval, n, timeout);
        }

        public Options withPollingInterval(Duration d) {
            return new Options(meetings, contextFolder, lead, d, threads, timeout);
        }

        public Options withLead(Duration d) {
            return new Options(meetings, contextFolder, d, pollingInterval, threads, timeout);
        }

        public Options withTimeout(Duration d) {
            return new Options(meetings, contextFolder, lead, pollingInterval, threads, d);
        }
    }

    /**
     * The figures and the audit.
     *
     * @param wall from the due instant to the last delivery
     * @param cpu the CPU time this process used over that span (engine, Slack fake and simulated
     *     user together)
     * @param loadAverage the machine's load average just before the due instant, since other
     *     processes on the machine slow every figure down
     */
    public record Result(
            Options options,
            Spread eventToNotification,
            Spread materials,
            Spread completionExcludingChat,
            Duration wall,
            Duration cpu,
            double loadAverage,
            PrepAudit audit) {}

    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    private PrepBench() {}

    public static Result run(Configuration config, Options o)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("exec-assistant-prep-bench");
        CountDownLatch delivered = new CountDownLatch(o.meetings());
        PrepRuntime runtime;
        com.sun.management.OperatingSystemMXBean machine =
                (com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double load;
        Duration cpu;
        try (SimulatedUser user = new SimulatedUser();
                Database db = Database.open(dir.resolve("db"));
                LoopbackSlack slack =
                        new LoopbackSlack(
                                4,
                                (runId, purpose) -> {
                                    if (Purpose.PREP_START.name().equals(purpose)) {
                                        user.asked(runId);
                                    } else if (Purpose.MATERIALS_READY.name().equals(purpose)) {
                                        delivered.countDown();
                                    }
                                })) {
            Clock clock = Clock.systemUTC();
            Instant due = clock.instant().plus(o.lead());
            JdbcMeetingStore meetings = new JdbcMeetingStore(db);
            BenchMeetings.store(config, o.meetings(), meetings, clock, due, ZONE);
            runtime = new PrepRuntime(db, config, clock, options(o, slack.baseUrl(), dir));
            user.answerThrough(runtime.chat());
            try {
                runtime.start(); // turns the stored events into runs, all due at `due`
                if (!clock.instant().isBefore(due)) {
                    throw new IllegalStateException(
                            "Setting up took longer than the lead of "
                                    + o.lead().toSeconds()
                                    + " s, so the runs would not have been due at once; the machine"
                                    + " is busy, or the lead is too short for this many meetings.");
                }
                load = machine.getSystemLoadAverage();
                Thread.sleep(Math.max(0, Duration.between(clock.instant(), due).toMillis()));
                long cpuAtDue = machine.getProcessCpuTime();
                delivered.await(o.timeout().toMillis(), TimeUnit.MILLISECONDS);
                cpu = Duration.ofNanos(machine.getProcessCpuTime() - cpuAtDue);
                awaitAllAtReminder(runtime, o);
                // Give any second execution of a run the chance to show up as a duplicate.
                Thread.sleep(Math.max(1000, o.pollingInterval().toMillis() * 20));
            } finally {
                runtime.close();
                user.close();
            }
            PrepAudit audit = audit(runtime, meetings, slack, user.problems());
            PrepAudit.Measures m = audit.measures();
            return new Result(
                    o,
                    Spread.of(m.eventToNotification()),
                    Spread.of(m.materials()),
                    Spread.of(m.completionExcludingChat()),
                    m.firstDue() == null
                            ? Duration.ZERO
                            : Duration.between(m.firstDue(), m.lastDelivered()),
                    cpu,
                    load,
                    audit);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** The runtime's options for the benchmark, against a Slack fake at {@code slack}. */
    static PrepRuntime.Options options(Options o, java.net.URI slack, Path dir) {
        // The bench runs at any hour: every hour counts as working time, so nothing is moved.
        WorkingHours always =
                new WorkingHours(
                        LocalTime.MIN, LocalTime.MAX, EnumSet.allOf(DayOfWeek.class), ZONE);
        PrepSettings d = PrepSettings.defaults(ZONE);
        PrepSettings settings =
                new PrepSettings(
                        d.chatTimeout(),
                        always,
                        ZONE,
                        d.maxAttempts(),
                        d.retryBase(),
                        d.retryMax());
        Notifier channel =
                new SlackNotifier(
                        SlackSettings.of("xoxb-bench", null, "U0BENCH", ZONE).withBaseUrl(slack));
        List<ContextSource> context =
                o.contextFolder() == null
                        ? List.of()
                        : FileContextSource.forAllKinds(o.contextFolder());
        return new PrepRuntime.Options(
                settings,
                () -> List.of(channel),
                new TemplateMaterialsWriter(),
                context,
                Duration.ofSeconds(5),
                dir.resolve("materials"),
                o.pollingInterval(),
                o.threads(),
                store -> store);
    }

    /** The delivery is recorded just before the run is saved at its last step: wait for that. */
    private static void awaitAllAtReminder(PrepRuntime rt, Options o) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<PrepRun> unfinished = rt.runs().unfinished();
            if (unfinished.stream().allMatch(r -> r.step() == PrepStep.WAIT_UNTIL_REMINDER)) {
                return;
            }
            Thread.sleep(Math.max(50, o.pollingInterval().toMillis()));
        }
    }

    private static PrepAudit audit(
            PrepRuntime rt, JdbcMeetingStore meetings, LoopbackSlack slack, List<String> user) {
        Set<String> meetingIds =
                meetings.meetings(BenchMeetings.ACCOUNT, BenchMeetings.CALENDAR).values().stream()
                        .map(MeetingRecord::id)
                        .collect(Collectors.toSet());
        PrepAudit audit =
                PrepAudit.of(
                        new PrepAudit.Sources(
                                meetingIds,
                                rt.runs().recent(Integer.MAX_VALUE),
                                rt.notifications().all(),
                                rt.chat()::find,
                                rt.materials()::staged,
                                slack));
        if (user.isEmpty()) {
            return audit;
        }
        List<String> problems = new java.util.ArrayList<>(user);
        problems.addAll(audit.problems());
        return new PrepAudit(
                audit.meetings(),
                audit.runs(),
                audit.completed(),
                audit.lost(),
                audit.duplicated(),
                audit.failedAttempts() + user.size(),
                List.copyOf(problems),
                audit.measures());
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
