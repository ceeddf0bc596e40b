package com.execassistant.core.notify.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.notify.NotificationException;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackSocketModeStartTest {

    private final FakeSlackWeb web = new FakeSlackWeb();
    private final RecordingUserActions actions = new RecordingUserActions();

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void aRefusedAppTokenIsAPlainReason() {
        web.answer("apps.connections.open", "{\"ok\":false,\"error\":\"invalid_auth\"}");
        SlackSocketModeListener listener =
                new SlackSocketModeListener(new SlackWeb(web.settings()), actions, Runnable::run);

        assertThatThrownBy(listener::start)
                .isInstanceOf(NotificationException.class)
                .hasMessage("Slack rejected the Socket Mode connection: invalid_auth");
        assertThat(listener.started()).isFalse();
    }

    @Test
    void withoutAnAppTokenItSaysWhatIsMissing() {
        SlackSettings noAppToken =
                SlackSettings.of("xoxb-1", null, FakeSlackWeb.USER, ZoneId.of("UTC"));
        SlackSocketModeListener listener =
                new SlackSocketModeListener(new SlackWeb(noAppToken), actions, Runnable::run);

        assertThatThrownBy(listener::start)
                .isInstanceOf(NotificationException.class)
                .hasMessageContaining("an app-level token (xapp-...)");
        assertThat(web.calls("apps.connections.open")).isEmpty();
    }
}
