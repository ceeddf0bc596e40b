package com.execassistant.desktop.prep;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.chat.ChatState;
import com.execassistant.core.notify.Purpose;
import com.execassistant.core.notify.slack.FakeSlackWeb;
import com.execassistant.core.notify.slack.SlackNotifier;
import com.execassistant.core.notify.slack.SlackWeb;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.RunStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calendar changing under a run: a moved meeting replaces its run with one for the new revision
 * at the new trigger; a cancelled meeting stops its run and tells the user only if they had already
 * been asked to prep.
 */
class PrepScenarioMeetingChangesTest {

    private static final Instant WEDNESDAY_9AM = PrepFixture.MONDAY_9AM.plus(Duration.ofDays(2));
    private static final Instant THURSDAY_9AM = WEDNESDAY_9AM.plus(Duration.ofDays(1));

    @TempDir Path dir;
    private PrepFixture f;
    private final FakeSlackWeb slack = new FakeSlackWeb();
    private PrepRuntime rt;

    @BeforeEach
    void start() {
        f = new PrepFixture(dir);
        SlackNotifier slackChannel = new SlackNotifier(new SlackWeb(slack.settings()));
        f.calendar.put(PrepFixture.oneOnOne("m1", WEDNESDAY_9AM));
        f.sync();
        rt = f.start(() -> List.of(slackChannel), null);
    }

    @AfterEach
    void stop() {
        f.close();
        slack.close();
    }

    private void calendarChanged() {
        f.sync();
        rt.applyEvents();
    }

    @Test
    void aMeetingMovedMidRunGetsANewRunAtTheNewTriggerAndTheOldOneIsCancelled() throws Exception {
        PrepRun first = ScenarioKit.driveUntil(f, "m1", ScenarioKit::waitingForAnswers);

        f.calendar.put(PrepFixture.oneOnOne("m1", THURSDAY_9AM));
        calendarChanged();

        List<PrepRun> runs = rt.runs().forMeeting(first.meetingId());
        assertThat(runs).extracting(PrepRun::revision).containsExactly(2, 1);
        PrepRun old = runs.get(1);
        PrepRun replacement = runs.get(0);
        assertThat(old.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(rt.chat().find(old.runId()).orElseThrow().state())
                .isEqualTo(ChatState.CANCELLED);
        assertThat(replacement.status()).isEqualTo(RunStatus.SCHEDULED);
        assertThat(replacement.wakeAt()).isEqualTo(THURSDAY_9AM.minus(Duration.ofHours(24)));
        // Moved, not cancelled: no "cancelled" message for the old run.
        assertThat(ScenarioKit.sent(rt, old.runId())).containsExactly(Purpose.PREP_START);

        PrepRun done = ScenarioKit.finish(f, "m1");
        assertThat(done.runId()).isEqualTo(replacement.runId());
        assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(ScenarioKit.sent(rt, done.runId()))
                .containsExactly(Purpose.PREP_START, Purpose.MATERIALS_READY, Purpose.REMINDER);
    }

    @Test
    void aMeetingCancelledAfterThePrepNotificationStopsTheRunAndTellsTheUserOnce()
            throws Exception {
        PrepRun notified = ScenarioKit.driveUntil(f, "m1", ScenarioKit::waitingForAnswers);

        f.calendar.delete("m1");
        calendarChanged();
        calendarChanged(); // a second sync of the same calendar changes nothing

        PrepRun cancelled = f.run("m1");
        assertThat(cancelled.runId()).isEqualTo(notified.runId());
        assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(rt.chat().find(cancelled.runId()).orElseThrow().state())
                .isEqualTo(ChatState.CANCELLED);
        assertThat(ScenarioKit.sent(rt, cancelled.runId()))
                .containsExactly(Purpose.PREP_START, Purpose.MEETING_CANCELLED);
        assertThat(slack.calls("chat.postMessage")).hasSize(2);
        assertThat(lastPost()).contains("was cancelled - no prep needed");
    }

    @Test
    void aMeetingCancelledBeforeThePrepNotificationStopsTheRunWithoutAMessage() {
        PrepRun scheduled = f.run("m1");
        assertThat(scheduled.status()).isEqualTo(RunStatus.SCHEDULED);

        f.calendar.delete("m1");
        calendarChanged();

        PrepRun cancelled = f.run("m1");
        assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(cancelled.notifiedAt()).isNull();
        assertThat(rt.notifications().forRun(cancelled.runId())).isEmpty();
        assertThat(slack.calls("chat.postMessage")).isEmpty();
    }

    private String lastPost() {
        var calls = slack.calls("chat.postMessage");
        return java.net.URLDecoder.decode(
                calls.get(calls.size() - 1).getBodyAsString(),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
