package com.execassistant.desktop.prep;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.NotificationRecord;
import com.execassistant.core.notify.Purpose;
import com.execassistant.core.notify.slack.FakeSlackWeb;
import com.execassistant.core.notify.slack.SlackNotifier;
import com.execassistant.core.notify.slack.SlackWeb;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepSnoozer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snooze on the real local engine with the clock moved by hand: one nudge at the snoozed time, sent
 * once, kept across a restart, replaced by a second snooze, called off by Start Prep.
 */
class PrepSnoozeTest {

    private static final Instant WEDNESDAY_9AM = PrepFixture.MONDAY_9AM.plus(Duration.ofDays(2));

    @TempDir Path dir;
    private PrepFixture f;
    private final FakeSlackWeb slack = new FakeSlackWeb();
    private PrepRuntime.Options options;
    private PrepRuntime rt;

    @BeforeEach
    void start() {
        f = new PrepFixture(dir);
        SlackNotifier slackChannel = new SlackNotifier(new SlackWeb(slack.settings()));
        f.calendar.put(PrepFixture.oneOnOne("m1", WEDNESDAY_9AM));
        f.sync();
        options = f.options(() -> List.of(slackChannel), null);
        rt = ScenarioKit.start(f, options);
    }

    @AfterEach
    void stop() {
        f.close();
        slack.close();
    }

    @Test
    void theNudgeComesOnceAtTheSnoozedTime() throws Exception {
        PrepRun waiting = ScenarioKit.driveUntil(f, "m1", ScenarioKit::waitingForAnswers);
        Instant snoozedAt = f.clock.instant();

        PrepSnoozer.Outcome o = rt.snoozer().snooze(waiting.runId(), null);

        assertThat(o.nudgeAt()).isEqualTo(snoozedAt.plus(Duration.ofHours(1)));
        f.await("m1", r -> o.nudgeAt().equals(r.wakeAt()));
        assertThat(nudges(waiting.runId())).isEmpty();
        f.clock.set(o.nudgeAt());
        awaitNudges(waiting.runId(), 1);
        f.await("m1", ScenarioKit::waitingForAnswers);
        assertThat(nudges(waiting.runId())).containsExactly("snooze-1");
        assertThat(slack.calls("chat.postMessage")).hasSize(2);
        assertThat(lastPost()).contains("Back to prep").contains("SNOOZE").contains("SKIP");
        assertThat(rt.snoozer().pending(waiting.runId())).isEmpty();
    }

    @Test
    void aSnoozeSurvivesARestartAndItsNudgeIsStillSentOnce() throws Exception {
        PrepRun waiting = ScenarioKit.driveUntil(f, "m1", ScenarioKit::waitingForAnswers);
        PrepSnoozer.Outcome o = rt.snoozer().snooze(waiting.runId(), Duration.ofMinutes(30));
        f.await("m1", r -> o.nudgeAt().equals(r.wakeAt()));

        rt.close();
        f.clock.set(o.nudgeAt().plusSeconds(5));
        rt = ScenarioKit.start(f, options);
        awaitNudges(waiting.runId(), 1);
        f.await("m1", ScenarioKit::waitingForAnswers);
        rt.close();
        f.clock.advance(Duration.ofMinutes(5));
        rt = ScenarioKit.start(f, options);
        // Any wake-up makes the run look at itself again; the settled snooze must not nudge twice.
        rt.coordinator().chatFinished(waiting.runId());
        f.await("m1", r -> f.clock.instant().equals(r.updatedAt()));

        assertThat(rt.snoozer().pending(waiting.runId())).isEmpty();
        assertThat(nudges(waiting.runId())).containsExactly("snooze-1");
        assertThat(slack.calls("chat.postMessage")).hasSize(2);
    }

    @Test
    void aSnoozeSavedJustBeforeTheProcessStopsStillNudges() throws Exception {
        PrepRun waiting = ScenarioKit.driveUntil(f, "m1", ScenarioKit::waitingForAnswers);
        PrepSnoozer.Outcome o = rt.snoozer().snooze(waiting.runId(), Duration.ofMinutes(30));
        // No wait for the engine to look: the snooze must be durable by itself (as after `prep
        // snooze` in a terminal, which exits at once).
        rt.close();

        assertThat(f.run("m1").wakeAt()).isEqualTo(o.nudgeAt());
        f.clock.set(o.nudgeAt().plusSeconds(5));
        rt = ScenarioKit.start(f, options);
        awaitNudges(waiting.runId(), 1);
        assertThat(nudges(waiting.runId())).containsExactly("snooze-1");
    }

    @Test
    void aSecondSnoozeReplacesTheNudgeTheFirstOneOwed() throws Exception {
        PrepRun waiting = ScenarioKit.driveUntil(f, "m1", ScenarioKit::waitingForAnswers);
        Instant t0 = f.clock.instant();
        PrepSnoozer.Outcome first = rt.snoozer().snooze(waiting.runId(), null);
        f.await("m1", r -> first.nudgeAt().equals(r.wakeAt()));

        f.clock.set(t0.plus(Duration.ofMinutes(10)));
        PrepSnoozer.Outcome second = rt.snoozer().snooze(waiting.runId(), Duration.ofHours(3));
        f.await("m1", r -> second.nudgeAt().equals(r.wakeAt()));
        f.clock.set(second.nudgeAt());
        awaitNudges(waiting.runId(), 1);
        f.await("m1", ScenarioKit::waitingForAnswers);

        assertThat(second.nudgeAt()).isEqualTo(t0.plus(Duration.ofMinutes(190)));
        assertThat(nudges(waiting.runId())).containsExactly("snooze-2");
    }

    @Test
    void startPrepCallsOffTheNudge() throws Exception {
        PrepRun waiting = ScenarioKit.driveUntil(f, "m1", ScenarioKit::waitingForAnswers);
        PrepSnoozer.Outcome o = rt.snoozer().snooze(waiting.runId(), null);
        f.await("m1", r -> o.nudgeAt().equals(r.wakeAt()));
        List<String> replies = new ArrayList<>();

        rt.userActions((user, text) -> replies.add(text))
                .onAction(waiting.runId(), Notification.Action.START_PREP, "U1");
        f.clock.set(o.nudgeAt().plusSeconds(1));
        f.await("m1", ScenarioKit::waitingForAnswers);

        assertThat(replies).singleElement().asString().startsWith("Question 1 of");
        assertThat(rt.snoozer().pending(waiting.runId())).isEmpty();
        assertThat(nudges(waiting.runId())).isEmpty();
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void aSnoozeWithNoTimeLeftBeforeTheReminderSaysSoAndOwesNothing() throws Exception {
        PrepRun waiting = ScenarioKit.driveUntil(f, "m1", ScenarioKit::waitingForAnswers);

        PrepSnoozer.Outcome o = rt.snoozer().snooze(waiting.runId(), Duration.ofHours(23));

        assertThat(o.nudgeAt()).isNull();
        assertThat(o.message())
                .startsWith("There is no time left for a nudge")
                .contains("final reminder comes at Wed 4 Mar, 07:00");
        assertThat(rt.snoozer().pending(waiting.runId())).isEmpty();
    }

    @Test
    void aNudgeThatWouldFallAfterWorkingHoursComesNextMorning() throws Exception {
        f.calendar.put(
                ScenarioKit.meeting(
                        "m2", "1:1 Dana / Kim", ScenarioKit.local("2026-03-05T15:00"), 30, 1));
        f.sync();
        rt.applyEvents();
        PrepRun waiting = ScenarioKit.driveUntil(f, "m2", ScenarioKit::waitingForAnswers);
        f.clock.set(ScenarioKit.local("2026-03-04T17:30"));

        PrepSnoozer.Outcome o = rt.snoozer().snooze(waiting.runId(), null);

        assertThat(o.nudgeAt()).isEqualTo(ScenarioKit.local("2026-03-05T08:00"));
        assertThat(o.message()).isEqualTo("OK - I'll ask you again at Thu 5 Mar, 08:00.");
    }

    private List<String> nudges(String runId) {
        return rt.notifications().forRun(runId).stream()
                .filter(r -> r.purpose() == Purpose.SNOOZED_PREP)
                .filter(r -> r.outcome() == NotificationRecord.Outcome.SENT)
                .map(NotificationRecord::tag)
                .toList();
    }

    private void awaitNudges(String runId, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (nudges(runId).size() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + n + " nudges, saw " + nudges(runId));
            }
            Thread.sleep(20);
        }
    }

    private String lastPost() {
        var calls = slack.calls("chat.postMessage");
        return java.net.URLDecoder.decode(
                calls.get(calls.size() - 1).getBodyAsString(),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
