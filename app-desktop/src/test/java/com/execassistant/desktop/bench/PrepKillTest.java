package com.execassistant.desktop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.chat.ChatSession;
import com.execassistant.core.config.ConfigLoader;
import com.execassistant.core.config.Configuration;
import com.execassistant.core.notify.Purpose;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepStep;
import com.execassistant.desktop.prep.PrepRuntime;
import com.execassistant.desktop.store.Database;
import com.execassistant.desktop.store.JdbcMeetingStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills a real engine process in the middle of a burst of preps (right after the prep digest, or
 * right after the first materials reached Slack) and finishes the work in a new engine: every run
 * must have told the user each thing exactly once, and every answer must be kept once.
 */
class PrepKillTest {

    static final Path CONTEXT = Path.of("..", "config", "sample-context");
    private static final int MEETINGS = 60;

    @TempDir Path dir;

    @ParameterizedTest(name = "killed after the first {0}")
    @ValueSource(strings = {"PREP_START", "MATERIALS_READY"})
    void aKilledEngineIsFinishedByTheNextWithEveryMessageOnce(String killAfter) throws Exception {
        Path dbFile = dir.resolve("db");
        Configuration config = ConfigLoader.builtIn().load();
        Instant due = Instant.now().plusSeconds(6);
        try (Database db = Database.open(dbFile)) {
            BenchMeetings.store(
                    config,
                    MEETINGS,
                    new JdbcMeetingStore(db),
                    Clock.systemUTC(),
                    due,
                    ZoneId.of("America/New_York"));
        }
        Set<String> arrived = ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicReference<Process> running =
                new java.util.concurrent.atomic.AtomicReference<>();
        // Killed while Slack holds the message and has not answered yet: the child cannot have
        // recorded it as sent, which is the window the look-up after a crash exists for.
        java.util.function.BiConsumer<String, String> killOnArrival =
                (run, purpose) -> {
                    arrived.add(purpose);
                    Process p = running.get();
                    if (purpose.equals(killAfter) && p != null && p.isAlive()) {
                        try {
                            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                };
        try (LoopbackSlack slack = new LoopbackSlack(4, killOnArrival)) {
            Process child = start(dbFile, slack);
            running.set(child);
            try {
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (!arrived.contains(killAfter)
                        && child.isAlive()
                        && System.nanoTime() < deadline) {
                    Thread.sleep(2);
                }
                assertThat(arrived).as(log()).contains(killAfter);
            } finally {
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }

            try (Database db = Database.open(dbFile)) {
                assertThat(
                                new com.execassistant.desktop.store.JdbcNotificationLog(db)
                                        .all().stream()
                                                .filter(r -> r.purpose().name().equals(killAfter))
                                                .map(r -> r.outcome()))
                        .as("the message was on record as pending, not as sent, when killed")
                        .contains(com.execassistant.core.notify.NotificationRecord.Outcome.PENDING)
                        .doesNotContain(
                                com.execassistant.core.notify.NotificationRecord.Outcome.SENT);
                PrepRuntime runtime =
                        new PrepRuntime(
                                db,
                                config,
                                Clock.systemUTC(),
                                PrepBench.options(
                                        PrepBench.Options.of(MEETINGS, CONTEXT),
                                        slack.baseUrl(),
                                        dir.resolve("materials")));
                try {
                    runtime.start();
                    replayLastAnswers(runtime);
                    List<PrepRun> runs = finish(runtime);

                    assertThat(runs).hasSize(MEETINGS);
                    for (PrepRun run : runs) {
                        assertThat(slack.posts(run.runId(), Purpose.PREP_START.name()))
                                .as("prep messages for %s", run.runId())
                                .isEqualTo(1);
                        assertThat(slack.posts(run.runId(), Purpose.MATERIALS_READY.name()))
                                .as("materials messages for %s", run.runId())
                                .isEqualTo(1);
                        ChatSession s = runtime.chat().find(run.runId()).orElseThrow();
                        assertThat(s.answers()).hasSize(s.questions().size());
                        assertThat(s.answers())
                                .extracting(a -> a.question())
                                .doesNotHaveDuplicates();
                    }
                } finally {
                    runtime.close();
                }
            }
        }
    }

    private Process start(Path dbFile, LoopbackSlack slack) throws Exception {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        PrepUntilKilled.class.getName(),
                        dbFile.toString(),
                        slack.baseUrl().toString(),
                        dir.resolve("materials").toString(),
                        String.valueOf(MEETINGS))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
    }

    private String log() throws Exception {
        Path log = dir.resolve("child.log");
        return Files.exists(log) ? Files.readString(log) : "(no output)";
    }

    /** Answers until every run has its materials (bounded), then returns the runs. */
    private static List<PrepRun> finish(PrepRuntime runtime) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            answerOpenQuestions(runtime);
            List<PrepRun> runs = runtime.runs().recent(Integer.MAX_VALUE);
            if (runs.size() == MEETINGS
                    && runs.stream()
                            .allMatch(
                                    r ->
                                            r.step() == PrepStep.WAIT_UNTIL_REMINDER
                                                    || r.status().finished())) {
                return runs;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(
                "the runs did not all get their materials: "
                        + runtime.runs().recent(Integer.MAX_VALUE).stream()
                                .map(r -> r.step() + "/" + r.status())
                                .distinct()
                                .toList());
    }

    /**
     * A chat client delivering again the last answer it sent before the crash (same message id): it
     * must be kept once.
     */
    private static void replayLastAnswers(PrepRuntime runtime) {
        for (PrepRun r : runtime.runs().unfinished()) {
            ChatSession s = runtime.chat().find(r.runId()).orElse(null);
            if (s == null || s.answers().isEmpty() || s.currentQuestion() == null) {
                continue;
            }
            int n = s.answers().size();
            try {
                runtime.chat().answer(r.runId(), r.runId() + "-answer-" + (n - 1), "again");
            } catch (com.execassistant.core.chat.ChatException e) {
                continue;
            }
            assertThat(runtime.chat().find(r.runId()).orElseThrow().answers()).hasSize(n);
        }
    }

    /**
     * The user: answers the current question of every open Q&A. The message id names the question,
     * as a chat client's would, so an answer given twice is kept once.
     */
    static void answerOpenQuestions(PrepRuntime runtime) {
        for (PrepRun r : runtime.runs().unfinished()) {
            if (r.step() != PrepStep.WAIT_FOR_CHAT_COMPLETION) {
                continue;
            }
            ChatSession s = runtime.chat().find(r.runId()).orElse(null);
            if (s != null && s.currentQuestion() != null) {
                int n = s.answers().size();
                try {
                    runtime.chat().answer(r.runId(), r.runId() + "-answer-" + n, "answer " + n);
                } catch (com.execassistant.core.chat.ChatException e) {
                    // Finished meanwhile (timed out, stopped): nothing left to answer.
                }
            }
        }
    }
}
