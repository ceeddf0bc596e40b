package com.execassistant.core.notify.slack;

import static com.execassistant.core.notify.slack.FakeSlackWeb.USER;
import static com.execassistant.core.notify.slack.FakeSlackWeb.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.notify.Purpose;
import com.execassistant.core.notify.slack.RecordingUserActions.Call;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Start Prep button in a digest, clicked: the click Slack sends back carries the button's own
 * action id and value, and Socket Mode must turn it into that run's action, as for a single
 * message.
 */
class SlackDigestClickTest {

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
        listener.close();
        socket.shutdown();
        web.close();
    }

    @Test
    void startPrepFromADigestStartsThatMeetingsRun() throws Exception {
        new SlackNotifier(web.settings()).sendDigest(SlackDigestTest.items(3, Purpose.PREP_START));
        JsonNode second =
                json(web.onlyForm("chat.postMessage").get("blocks")).get(2).path("accessory");

        socket.sendEnvelope(
                SlackSocketModeListenerTest.click(
                        "env-d1",
                        USER,
                        second.path("action_id").asText(),
                        second.path("value").asText()));

        assertThat(actions.next()).isEqualTo(new Call("action", "run-2", "START_PREP", null, USER));
    }
}
