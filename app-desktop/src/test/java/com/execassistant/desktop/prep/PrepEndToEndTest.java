package com.execassistant.desktop.prep;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.notify.NotificationRecord;
import com.execassistant.core.notify.Purpose;
import com.execassistant.core.notify.slack.FakeSlackWeb;
import com.execassistant.core.notify.slack.FakeSocketMode;
import com.execassistant.core.notify.slack.SlackChat;
import com.execassistant.core.notify.slack.SlackNotifier;
import com.execassistant.core.notify.slack.SlackSocketModeListener;
import com.execassistant.core.notify.slack.SlackWeb;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepStep;
import com.execassistant.core.prep.PrepUserActions;
import com.execassistant.core.prep.RunStatus;
import java.nio.file.Files;
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
 * One meeting through every state, with Slack's Web API and Socket Mode faked on loopback and the
 * clock moved by hand: scheduled, notified, Q&A answered in the DM, materials made, stored and
 * delivered, reminded, completed.
 */
class PrepEndToEndTest {

    private static final Instant WEDNESDAY_9AM = PrepFixture.MONDAY_9AM.plus(Duration.ofDays(2));

    @TempDir Path dir;
    private PrepFixture f;
    private FakeSlackWeb slack;
    private FakeSocketMode socket;
    private SlackSocketModeListener listener;
    private final ExecutorService work = Executors.newSingleThreadExecutor();

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
    void aMeetingGoesFromScheduledThroughTheSlackQandAToMaterialsAndTheReminder() throws Exception {
        f = new PrepFixture(dir);
        slack = new FakeSlackWeb();
        socket = new FakeSocketMode();
        slack.answer("apps.connections.open", "{\"ok\":true,\"url\":\"" + socket.begin() + "\"}");
        SlackWeb web = new SlackWeb(slack.settings());
        f.calendar.put(PrepFixture.oneOnOne("m1", WEDNESDAY_9AM));
        f.sync();

        PrepRuntime rt = f.start(() -> List.of(new SlackNotifier(web)), null);
        SlackChat chat = new SlackChat(web);
        listener =
                new SlackSocketModeListener(
                        web,
                        new PrepUserActions(rt.runs(), rt.chat(), rt.coordinator(), chat::postText),
                        work);
        listener.start();
        socket.awaitConnection();

        PrepRun scheduled = f.run("m1");
        assertThat(scheduled.status()).isEqualTo(RunStatus.SCHEDULED);
        assertThat(scheduled.wakeAt()).isEqualTo(WEDNESDAY_9AM.minus(Duration.ofHours(24)));

        f.clock.set(scheduled.wakeAt().plusSeconds(1));
        PrepRun waiting = f.await("m1", r -> r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION);
        assertThat(waiting.contextJson()).contains("STAFFING");
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
        assertThat(slack.calls("chat.postMessage").get(0).getBodyAsString())
                .contains("START_PREP")
                .contains(waiting.runId());

        socket.sendEnvelope(click("e1", "START_PREP", waiting.runId()));
        awaitPosts(2);
        assertThat(lastPost()).contains("Question 1 of");

        List<String> questions = rt.chat().find(waiting.runId()).orElseThrow().questions();
        String[] answers = {
            "Unblock the hiring plan; agree Q2 goals", "skip", "Lee's promotion case", "done"
        };
        for (int i = 0; i < questions.size() && i < answers.length; i++) {
            socket.sendEnvelope(dm("m" + i, "Ev" + i, answers[i]));
            awaitPosts(3 + i);
        }
        socket.sendEnvelope(dm("m0", "Ev0", answers[0])); // Slack redelivers: taken once

        PrepRun ready = f.await("m1", r -> r.step() == PrepStep.WAIT_UNTIL_REMINDER);
        assertThat(ready.materialsLocation()).isNotNull();
        assertThat(ready.materialsWriter()).isEqualTo("template");
        String agenda = Files.readString(Path.of(ready.materialsLocation(), "agenda.html"));
        assertThat(agenda).contains("2 of 4 questions answered").contains("Staffing");
        assertThat(Files.readString(Path.of(ready.materialsLocation(), "notes.md")))
                .contains("Unblock the hiring plan");
        assertThat(slack.calls("files.completeUploadExternal")).isNotEmpty();
        assertThat(rt.chat().find(ready.runId()).orElseThrow().answers().get(0).answer())
                .isEqualTo("Unblock the hiring plan; agree Q2 goals");

        f.clock.set(WEDNESDAY_9AM.minus(Duration.ofHours(2)).plusSeconds(1));
        PrepRun done = f.await("m1", r -> r.status().finished());

        assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(sent(rt))
                .containsExactly(Purpose.PREP_START, Purpose.MATERIALS_READY, Purpose.REMINDER);
    }

    private List<Purpose> sent(PrepRuntime rt) {
        return rt.notifications().all().stream()
                .filter(r -> r.outcome() == NotificationRecord.Outcome.SENT)
                .map(NotificationRecord::purpose)
                .toList();
    }

    private void awaitPosts(int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (slack.calls("chat.postMessage").size() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "expected "
                                + n
                                + " Slack posts, saw "
                                + slack.calls("chat.postMessage").size());
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

    static String click(String envelopeId, String actionId, String runId) {
        return """
                {"type":"interactive","envelope_id":"%s","accepts_response_payload":false,
                 "payload":{"type":"block_actions","user":{"id":"%s","username":"exec"},
                   "container":{"type":"message","channel_id":"%s"},
                   "actions":[{"type":"button","block_id":"run-actions","action_id":"%s",
                               "value":"%s","action_ts":"1700000001.000200"}]}}"""
                .formatted(envelopeId, FakeSlackWeb.USER, FakeSlackWeb.DM, actionId, runId);
    }

    static String dm(String envelopeId, String eventId, String text) {
        return """
                {"type":"events_api","envelope_id":"%s","accepts_response_payload":false,
                 "payload":{"type":"event_callback","event_id":"%s","event_time":1700000002,
                   "event":{"type":"message","channel":"%s","channel_type":"im","user":"%s",
                            "text":"%s","client_msg_id":"%s","ts":"1700000003.0001"}}}"""
                .formatted(
                        envelopeId,
                        eventId,
                        FakeSlackWeb.DM,
                        FakeSlackWeb.USER,
                        text,
                        "c-" + eventId);
    }
}
