package com.execassistant.core.calendar.google;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to reach Google Calendar for one account.
 *
 * @param rootUrl the API root, {@value #DEFAULT_ROOT_URL} unless a proxy or a test server stands in
 * @param tokenUrl the OAuth token endpoint, {@value #DEFAULT_TOKEN_URL} by default
 * @param requestsPerMinute the client-side limit on Calendar API requests ({@code
 *     rate_limits.requests_per_minute} in calendar.yaml)
 * @param calendarIds the calendars to read; empty means every calendar the user ticked in Google
 *     Calendar (calendarList entries with {@code selected=true}) plus the primary one
 * @param retry backoff for rate limiting and server errors
 * @param windowStep how far the end of the sync window may move before an incremental sync also
 *     lists the newly covered stretch (see the ADR on Google incremental sync)
 */
public record GoogleCalendarSettings(
        String rootUrl,
        String tokenUrl,
        int requestsPerMinute,
        List<String> calendarIds,
        RetryPolicy retry,
        Duration windowStep) {

    public static final String DEFAULT_ROOT_URL = "https://www.googleapis.com/";
    public static final String DEFAULT_TOKEN_URL = "https://oauth2.googleapis.com/token";

    public GoogleCalendarSettings {
        rootUrl = withTrailingSlash(Objects.requireNonNullElse(rootUrl, DEFAULT_ROOT_URL));
        tokenUrl = Objects.requireNonNullElse(tokenUrl, DEFAULT_TOKEN_URL);
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requests_per_minute must be at least 1");
        }
        calendarIds = calendarIds == null ? List.of() : List.copyOf(calendarIds);
        retry = Objects.requireNonNullElse(retry, RetryPolicy.defaults());
        windowStep = Objects.requireNonNullElse(windowStep, Duration.ofHours(1));
        if (windowStep.isNegative()) {
            throw new IllegalArgumentException("windowStep must not be negative");
        }
    }

    /** Google's own endpoints, 100 requests a minute, the user's selected calendars. */
    public static GoogleCalendarSettings defaults() {
        return new GoogleCalendarSettings(null, null, 100, List.of(), null, null);
    }

    public GoogleCalendarSettings withEndpoints(String newRootUrl, String newTokenUrl) {
        return new GoogleCalendarSettings(
                newRootUrl, newTokenUrl, requestsPerMinute, calendarIds, retry, windowStep);
    }

    public GoogleCalendarSettings withRequestsPerMinute(int perMinute) {
        return new GoogleCalendarSettings(
                rootUrl, tokenUrl, perMinute, calendarIds, retry, windowStep);
    }

    public GoogleCalendarSettings withCalendarIds(List<String> ids) {
        return new GoogleCalendarSettings(
                rootUrl, tokenUrl, requestsPerMinute, ids, retry, windowStep);
    }

    public GoogleCalendarSettings withRetry(RetryPolicy policy) {
        return new GoogleCalendarSettings(
                rootUrl, tokenUrl, requestsPerMinute, calendarIds, policy, windowStep);
    }

    private static String withTrailingSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
