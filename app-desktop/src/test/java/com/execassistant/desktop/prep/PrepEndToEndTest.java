package com.execassistant.desktop.prep;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.materials.FallbackMaterialsWriter;
import com.execassistant.core.materials.TemplateMaterialsWriter;
import com.execassistant.core.materials.llm.LlmFixtures;
import com.execassistant.core.materials.llm.OpenAiCompatibleWriter;
import com.execassistant.core.materials.llm.OpenAiSettings;
import com.execassistant.core.notify.Channel;
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
import com.github.tomakehurst.wiremock.WireMockServer;
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
 * One meeting through every state, with Slack's Web API and Socket Mode, SMS (Amazon SNS) and an
 * OpenAI-compatible model faked on loopback and the clock moved by hand: scheduled, notified, Q&A
 * answered in the DM, materials written by the model, stored and delivered, Slack down so the
 * reminder goes by SMS, completed.
 */
class PrepEndToEndTest {

    private static final Instant WEDNESDAY_9AM = PrepFixture.MONDAY_9AM.plus(Duration.ofDays(2));

    @TempDir Path dir;
    private PrepFixture f;
    private FakeSlackWeb slack;
    private FakeSocketMode socket;
    private SlackSocketModeListener listener;
    private final ExecutorService work = Executors.newSingleThreadExecutor();
    private final LoopbackSns sms = new LoopbackSns();
    private final WireMockServer model = new WireMockServer(wireMockConfig().dynamicPort());

    @AfterEach
    void stop() throws Exception {
        if (listener != null) {
            listener.close();
        }
        work.shutdownNow();
        sms.close();
        model.stop();
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

        model.start();
        model.stubFor(
                post(urlPathEqualTo("/v1/chat/completions"))
                        .willReturn(
                                aResponse()
                                        .withBody(LlmFixtures.chatReply(LlmFixtures.VALID_PLAN))));
        var llm =
                new OpenAiCompatibleWriter(
                        OpenAiSettings.of(model.baseUrl() + "/v1", "llama3.1")
                                .withTimeLimit(Duration.ofSeconds(5)));
        var sms1 = sms.notifier(f.clock);
        PrepRuntime rt =
                f.start(
                        () -> List.of(new SlackNotifier(web), sms1),
                        new FallbackMaterialsWriter(llm, new TemplateMaterialsWriter(f.clock)));
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
        assertThat(ready.materialsWriter()).isEqualTo("openai:llama3.1");
        assertThat(Files.readString(Path.of(ready.materialsLocation(), "agenda.html")))
                .contains("<li");
        assertThat(Files.readString(Path.of(ready.materialsLocation(), "notes.md")))
                .contains("Unblock the hiring plan");
        assertThat(slack.calls("files.completeUploadExternal")).isNotEmpty();
        assertThat(rt.chat().find(ready.runId()).orElseThrow().answers().get(0).answer())
                .isEqualTo("Unblock the hiring plan; agree Q2 goals");

        // Slack goes down before the reminder: it must reach the user by SMS instead.
        slack.answer("chat.postMessage", "{\"ok\":false,\"error\":\"invalid_auth\"}");
        f.clock.set(WEDNESDAY_9AM.minus(Duration.ofHours(2)).plusSeconds(1));
        PrepRun done = f.await("m1", r -> r.status().finished());

        assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(sent(rt))
                .containsExactly(Purpose.PREP_START, Purpose.MATERIALS_READY, Purpose.REMINDER);
        assertThat(sms.texts()).hasSize(1);
        assertThat(
                        rt.notifications().all().stream()
                                .filter(r -> r.outcome() == NotificationRecord.Outcome.SENT)
                                .map(NotificationRecord::channel))
                .containsExactly(Channel.SLACK, Channel.SLACK, Channel.SMS);
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
