package com.execassistant.desktop.settings;

import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.Purpose;
import com.execassistant.core.notify.slack.SlackNotifier;
import com.execassistant.core.notify.slack.SlackSettings;
import com.execassistant.core.notify.slack.SlackWeb;
import java.net.URI;
import java.time.ZoneId;

/**
 * "Send test" for Slack: one real direct message through the same channel code the prep engine
 * uses, so a success means prep notifications will arrive too.
 */
public final class SlackCheck {

    static final String TEST_RUN = "settings-test";
    static final String HEADLINE = "Exec Assistant can reach you on Slack.";

    private SlackCheck() {}

    /**
     * Sends the test message.
     *
     * @throws com.execassistant.core.notify.NotificationException with Slack's reason in words
     */
    public static void send(String botToken, String userId, URI baseUrl, ZoneId zone) {
        SlackSettings settings =
                SlackSettings.of(botToken, null, userId, zone).withBaseUrl(baseUrl);
        new SlackNotifier(new SlackWeb(settings))
                .send(
                        new Notification(
                                TEST_RUN,
                                Purpose.REMINDER,
                                HEADLINE,
                                null,
                                null,
                                null,
                                "This is the test message from Settings; prep notifications will"
                                        + " arrive here.",
                                null,
                                null,
                                null));
    }
}
