package com.execassistant.core.notify.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackSettingsTest {

    private static final ZoneId ZONE = ZoneId.of("UTC");

    @Test
    void neverShowsTheTokensInItsText() {
        SlackSettings settings = SlackSettings.of("xoxb-secret-1", "xapp-secret-2", "U1", ZONE);

        assertThat(settings.toString())
                .doesNotContain("secret")
                .contains("botToken=***", "appToken=***", "userId=U1");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "https://slack.com,          https://slack.com/api/",
        "http://127.0.0.1:8089/,     http://127.0.0.1:8089/api/",
    })
    void pointsTheSdkAtTheBaseUrlsApi(String base, String prefix) {
        SlackSettings settings =
                SlackSettings.of("xoxb-1", null, "U1", ZONE).withBaseUrl(URI.create(base));

        assertThat(settings.methodsPrefix()).isEqualTo(prefix);
    }

    @ParameterizedTest(name = "bot [{0}] app [{1}] user [{2}] -> send {3}, listen {4}")
    @CsvSource(
            value = {
                "xoxb-1, xapp-1, U1,   true,  true",
                "xoxb-1, NULL,   U1,   true,  false",
                "NULL,   xapp-1, U1,   false, true",
                "xoxb-1, xapp-1, NULL, false, false",
                "'  ',   '  ',   U1,   false, false",
            },
            nullValues = "NULL")
    void knowsWhatItCanDo(String bot, String app, String user, boolean send, boolean listen) {
        SlackSettings settings = SlackSettings.of(bot, app, user, ZONE);

        assertThat(settings.canSend()).isEqualTo(send);
        assertThat(settings.canListen()).isEqualTo(listen);
    }
}
