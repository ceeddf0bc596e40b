package com.execassistant.core.notify.slack;

import static com.execassistant.core.notify.slack.FakeSlackWeb.DM;
import static com.execassistant.core.notify.slack.FakeSlackWeb.USER;
import static com.execassistant.core.notify.slack.FakeSlackWeb.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.notify.slack.RecordingUserActions.Call;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real SDK's Socket Mode client against a loopback Socket Mode server. Each test waits for the
 * acknowledgement of an envelope: the listener decides what an envelope means before acking it, so
 * once the ack is in, whatever it was going to be ignored has been.
 */
class SlackSocketModeListenerTest {

    private final FakeSlackWeb web = new FakeSlackWeb();
    private final FakeSocketMode socket = new FakeSocketMode();
    private final RecordingUserActions actions = new RecordingUserActions();
    private SlackSocketModeListener listener;

    @BeforeEach
    void connect() throws Exception {
        web.answer("apps.connections.open", "{\"ok\":true,\"url\":\"" + socket.begin() + "\"}");
        listener =
                new SlackSocketModeListener(new SlackWeb(web.settings()), actions, Runnable::run);
        listener.start();
        socket.awaitConnection();
    }

    @AfterEach
    void stop() throws Exception {
        if (listener != null) {
            listener.close();
        }
        socket.shutdown();
        web.close();
    }

    static String click(String envelopeId, String user, String actionId, String runId) {
        return """
                {"type":"interactive","envelope_id":"%s","accepts_response_payload":false,
                 "payload":{"type":"block_actions","user":{"id":"%s","username":"exec"},
                   "container":{"type":"message","channel_id":"%s"},
                   "actions":[{"type":"button","block_id":"run-actions","action_id":"%s",
                               "value":"%s","action_ts":"1700000001.000200"}]}}"""
                .formatted(envelopeId, user, DM, actionId, runId);
    }

    static String dm(String envelopeId, String eventId, String eventFields) {
        return """
                {"type":"events_api","envelope_id":"%s","accepts_response_payload":false,
                 "payload":{"type":"event_callback","event_id":"%s","event_time":1700000002,
                   "event":{"type":"message","channel":"%s","channel_type":"im",%s}}}"""
                .formatted(envelopeId, eventId, DM, eventFields);
    }

    private String ackedEnvelope() throws InterruptedException {
        return json(socket.nextReceived()).path("envelope_id").asText();
    }

    @Test
    void opensTheSocketWithTheAppLevelToken() {
        assertThat(web.calls("apps.connections.open").get(0).getHeader("Authorization"))
                .isEqualTo("Bearer " + FakeSlackWeb.APP_TOKEN);
        assertThat(listener.started()).isTrue();
    }

    @Test
    void aButtonClickIsAcknowledgedAndBecomesTheRunsAction() throws Exception {
        socket.sendEnvelope(click("env-1", USER, "START_PREP", "run-7f3a"));

        assertThat(ackedEnvelope()).isEqualTo("env-1");
        assertThat(actions.next())
                .isEqualTo(new Call("action", "run-7f3a", "START_PREP", null, USER));
    }

    @Test
    void aDirectMessageFromTheUserBecomesAnAnswerWithItsClientMessageId() throws Exception {
        socket.sendEnvelope(
                dm(
                        "env-2",
                        "Ev01",
                        "\"user\":\""
                                + USER
                                + "\",\"text\":\"Hiring &amp; budget &lt;Q3&gt;\","
                                + "\"ts\":\"1700000002.000300\",\"client_msg_id\":\"c0ffee\""));

        assertThat(ackedEnvelope()).isEqualTo("env-2");
        assertThat(actions.next())
                .isEqualTo(new Call("message", DM, "c0ffee", "Hiring & budget <Q3>", USER));
    }

    @Test
    void aRedeliveredEnvelopeIsAcknowledgedAgainButHandledOnce() throws Exception {
        socket.sendEnvelope(click("env-3", USER, "SNOOZE", "run-7f3a"));
        assertThat(ackedEnvelope()).isEqualTo("env-3");
        actions.next();

        socket.sendEnvelope(
                click("env-3", USER, "SNOOZE", "run-7f3a")
                        .replace(
                                "\"accepts_response_payload\":false",
                                "\"retry_attempt\":1,\"retry_reason\":\"timeout\""));

        assertThat(ackedEnvelope()).isEqualTo("env-3");
        assertThat(actions.all()).hasSize(1);
    }

    @Test
    void aRetriedEventInANewEnvelopeIsHandledOnce() throws Exception {
        String answer = "\"user\":\"" + USER + "\",\"text\":\"yes\",\"ts\":\"1700000003.000100\"";
        socket.sendEnvelope(dm("env-4", "Ev02", answer));
        assertThat(ackedEnvelope()).isEqualTo("env-4");
        assertThat(actions.next().idOrAction()).isEqualTo("1700000003.000100");

        socket.sendEnvelope(dm("env-5", "Ev02", answer));

        assertThat(ackedEnvelope()).isEqualTo("env-5");
        assertThat(actions.all()).hasSize(1);
    }

    @Test
    void theBotsOwnMessagesAreAcknowledgedAndIgnored() throws Exception {
        socket.sendEnvelope(
                dm(
                        "env-6",
                        "Ev03",
                        "\"user\":\"U0BOTUSER\",\"bot_id\":\"B0BOT\",\"text\":\"Prep starts\","
                                + "\"ts\":\"1700000004.000100\""));
        socket.sendEnvelope(
                dm(
                        "env-7",
                        "Ev04",
                        "\"subtype\":\"bot_message\",\"bot_id\":\"B0BOT\",\"text\":\"Hi\","
                                + "\"ts\":\"1700000004.000200\""));

        assertThat(ackedEnvelope()).isIn("env-6", "env-7");
        assertThat(ackedEnvelope()).isIn("env-6", "env-7");
        assertThat(actions.all()).isEmpty();
    }

    @Test
    void editsAndOtherPeoplesMessagesAndClicksAreIgnored() throws Exception {
        socket.sendEnvelope(
                dm(
                        "env-8",
                        "Ev05",
                        "\"subtype\":\"message_changed\",\"user\":\""
                                + USER
                                + "\","
                                + "\"text\":\"edited\",\"ts\":\"1700000005.000100\""));
        socket.sendEnvelope(
                dm(
                        "env-9",
                        "Ev06",
                        "\"user\":\"U0STRANGER\",\"text\":\"skip\",\"ts\":\"1700000005.000200\""));
        socket.sendEnvelope(click("env-10", "U0STRANGER", "SKIP", "run-7f3a"));
        socket.sendEnvelope(click("env-11", USER, "SELF_DESTRUCT", "run-7f3a"));

        for (int i = 0; i < 4; i++) {
            assertThat(ackedEnvelope()).isIn("env-8", "env-9", "env-10", "env-11");
        }
        assertThat(actions.all()).isEmpty();
    }

    @Test
    void reconnectsWhenTheSocketDropsAndKeepsReceiving() throws Exception {
        socket.dropConnection();
        socket.awaitConnection();

        socket.sendEnvelope(click("env-12", USER, "SKIP", "run-9b"));

        assertThat(ackedEnvelope()).isEqualTo("env-12");
        assertThat(actions.next()).isEqualTo(new Call("action", "run-9b", "SKIP", null, USER));
        assertThat(web.calls("apps.connections.open")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(socket.connectionCount()).isGreaterThanOrEqualTo(2);
    }
}
