package com.execassistant.core.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings from calendar.yaml: how calendar sources are reached, which window is synced and how
 * often, and how hard a provider may be called.
 */
public record CalendarSettings(
        Google google, Ics ics, Sync sync, RateLimits rateLimits, Retry retry) {

    public CalendarSettings {
        Objects.requireNonNull(google, "google");
        Objects.requireNonNull(ics, "ics");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(rateLimits, "rateLimits");
        Objects.requireNonNull(retry, "retry");
    }

    /**
     * Google Calendar API settings. The URLs are settings so that a proxy or a test fake can stand
     * in for Google.
     *
     * @param scopes OAuth scopes requested when an account is added
     * @param apiRootUrl root URL of the Calendar API, ending in a slash
     * @param authUrl OAuth authorization endpoint the browser is sent to
     * @param tokenUrl OAuth token endpoint
     * @param calendarIds calendars to read; empty means every calendar selected in the user's
     *     Google calendar list
     */
    public record Google(
            List<String> scopes,
            URI apiRootUrl,
            URI authUrl,
            URI tokenUrl,
            List<String> calendarIds) {
        public Google {
            scopes = List.copyOf(scopes);
            calendarIds = List.copyOf(calendarIds);
        }
    }

    /**
     * ICS feed settings.
     *
     * @param timeout how long one download of a feed may take
     * @param maxBytes largest feed accepted, to protect against a wrong URL serving something huge
     */
    public record Ics(Duration timeout, long maxBytes) {}

    /**
     * The sync window and cadence.
     *
     * @param daysAhead days after today that are synced
     * @param daysBehind days before today that are synced
     * @param interval time between two background syncs
     */
    public record Sync(int daysAhead, int daysBehind, Duration interval) {}

    /** Client-side limit on calls to one provider. */
    public record RateLimits(int requestsPerMinute) {}

    /**
     * Retry of failed provider calls with exponential backoff and jitter.
     *
     * @param maxAttempts attempts in total, the first included
     * @param baseDelay delay before the first retry; doubled for each further one
     * @param maxDelay cap on any one delay
     */
    public record Retry(int maxAttempts, Duration baseDelay, Duration maxDelay) {}
}
