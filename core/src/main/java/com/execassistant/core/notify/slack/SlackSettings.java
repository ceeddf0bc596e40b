package com.execassistant.core.notify.slack;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What the Slack channel needs to reach one user.
 *
 * @param botToken the bot token ({@code xoxb-...}) for the Web API, or null when Slack is not set
 *     up
 * @param appToken the app-level token ({@code xapp-...}) for Socket Mode, or null when button
 *     clicks and DM replies are not received
 * @param userId the Slack member id of the user to DM ({@code U...})
 * @param baseUrl where the Web API lives; {@code https://slack.com} except in tests
 * @param zone the user's time zone, for meeting times in messages
 * @param timeout the most one Web API call may take
 */
public record SlackSettings(
        String botToken,
        String appToken,
        String userId,
        URI baseUrl,
        ZoneId zone,
        Duration timeout) {

    public static final URI SLACK_COM = URI.create("https://slack.com");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public SlackSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The Slack time limit must be positive.");
        }
    }

    /** Settings for the real Slack with the default time limit. */
    public static SlackSettings of(String botToken, String appToken, String userId, ZoneId zone) {
        return new SlackSettings(botToken, appToken, userId, SLACK_COM, zone, DEFAULT_TIMEOUT);
    }

    /** The same settings against another Web API (a test fake). */
    public SlackSettings withBaseUrl(URI url) {
        return new SlackSettings(botToken, appToken, userId, url, zone, timeout);
    }

    /** Whether messages can be sent: a bot token and a user to send them to. */
    public boolean canSend() {
        return present(botToken) && present(userId);
    }

    /** Whether Socket Mode can connect: an app-level token and a user to listen to. */
    public boolean canListen() {
        return present(appToken) && present(userId);
    }

    /** The Web API's method prefix the SDK wants, e.g. {@code https://slack.com/api/}. */
    String methodsPrefix() {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base : base + "/") + "api/";
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    // Tokens are secrets: never let them reach a log through toString.
    @Override
    public String toString() {
        return "SlackSettings[userId=%s, baseUrl=%s, zone=%s, timeout=%s, botToken=%s, appToken=%s]"
                .formatted(
                        userId,
                        baseUrl,
                        zone,
                        timeout,
                        present(botToken) ? "***" : "none",
                        present(appToken) ? "***" : "none");
    }
}
