package com.execassistant.desktop.prep;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.notify.slack.FakeSlackWeb;
import com.execassistant.core.notify.slack.FakeSocketMode;
import com.execassistant.core.notify.slack.SlackChat;
import com.execassistant.core.notify.slack.SlackNotifier;
import com.execassistant.core.notify.slack.SlackSocketModeListener;
import com.execassistant.core.notify.slack.SlackWeb;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.Snooze;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slack's Snooze button, through the real SDK against Slack faked on loopback (Web API and Socket
 * Mode): the click schedules the nudge and says when, and the nudge arrives in the DM with the same
 * buttons.
 */
class PrepSnoozeSlackTest {

    private static final Instant WEDNESDAY_9AM = PrepFixture.MONDAY_9AM.plus(Duration.ofDays(2));

    @TempDir Path dir;
    private PrepFixture f;
    private final FakeSlackWeb slack = new FakeSlackWeb();
    private final FakeSocketMode socket = new FakeSocketMode();
    private final ExecutorService work = Executors.newSingleThreadExecutor();
    private SlackSocketModeListener listener;

    @AfterEach
    void stop() throws Exception {
        if (listener != null) {
            listener.close();
        }
        work.shutdownNow();
        f.close();
        slack.close();
        socket.stop(1000);
    }

    @Test
    void theSnoozeButtonSchedulesOneNudgeAndSaysWhen() throws Exception {
        f = new PrepFixture(dir);
        slack.answer("apps.connections.open", "{\"ok\":true,\"url\":\"" + socket.begin() + "\"}");
        SlackWeb web = new SlackWeb(slack.settings());
        f.calendar.put(PrepFixture.oneOnOne("m1", WEDNESDAY_9AM));
        f.sync();
        PrepRuntime rt = f.start(() -> List.of(new SlackNotifier(web)), null);
        listener =
                new SlackSocketModeListener(
                        web, rt.userActions(new SlackChat(web)::postText), work);
        listener.start();
        socket.awaitConnection();
        PrepRun waiting = ScenarioKit.driveUntil(f, "m1", ScenarioKit::waitingForAnswers);
        Instant clicked = f.clock.instant();

        socket.sendEnvelope(PrepEndToEndTest.click("e1", "SNOOZE", waiting.runId()));
        awaitPosts(2);

        Snooze owed = rt.snoozer().pending(waiting.runId()).orElseThrow();
        assertThat(owed.nudgeAt()).isEqualTo(clicked.plus(Duration.ofHours(1)));
        assertThat(lastPost()).contains("OK - I'll ask you again at 10:00.");
        f.await("m1", r -> owed.nudgeAt().equals(r.wakeAt()));
        f.clock.set(owed.nudgeAt());
        awaitPosts(3);
        assertThat(lastPost()).contains("Back to prep").contains("START_PREP").contains("SNOOZE");
    }

    private void awaitPosts(int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (slack.calls("chat.postMessage").size() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "expected " + n + " posts, saw " + slack.calls("chat.postMessage").size());
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
