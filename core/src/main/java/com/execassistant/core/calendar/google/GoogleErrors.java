package com.execassistant.core.calendar.google;

import com.execassistant.core.calendar.CalendarSourceException;
import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;
import java.util.Set;

/** Reads Google's error responses and turns the final ones into sentences for the user. */
final class GoogleErrors {

    private static final Set<String> RATE_LIMIT_REASONS =
            Set.of("rateLimitExceeded", "userRateLimitExceeded");

    private GoogleErrors() {}

    /** Whether Google asked us to slow down or failed on its side, so a later try may succeed. */
    static boolean retryable(HttpResponseException e) {
        int status = e.getStatusCode();
        return status == 429
                || status >= 500
                || (status == 403 && RATE_LIMIT_REASONS.contains(reason(e)));
    }

    /** The first error reason in a JSON error body ("rateLimitExceeded"), or null. */
    static String reason(HttpResponseException e) {
        if (e instanceof GoogleJsonResponseException json) {
            GoogleJsonError details = json.getDetails();
            if (details != null && details.getErrors() != null && !details.getErrors().isEmpty()) {
                return details.getErrors().get(0).getReason();
            }
        }
        return null;
    }

    static CalendarSourceException reconnect(String accountId, TokenResponseException e) {
        String code = e.getDetails() == null ? null : e.getDetails().getError();
        return new CalendarSourceException(
                "Google refused to renew access to the account "
                        + accountId
                        + (code == null ? " (HTTP " + e.getStatusCode() + ")" : " (" + code + ")")
                        + ": the permission was revoked or has expired. Reconnect the Google"
                        + " account.");
    }

    static CalendarSourceException final401(String accountId) {
        return new CalendarSourceException(
                "Google did not accept the access token of the account "
                        + accountId
                        + " even after renewing it. Reconnect the Google account.");
    }

    static CalendarSourceException gaveUp(String what, HttpResponseException e, int attempts) {
        return new CalendarSourceException(
                "Google Calendar kept answering "
                        + statusText(e)
                        + " while reading "
                        + what
                        + ", "
                        + attempts
                        + " attempts in a row; the next sync will try again.");
    }

    static CalendarSourceException refused(String what, HttpResponseException e) {
        String hint =
                switch (e.getStatusCode()) {
                    case 404 -> " Check that the calendar id is right and still shared with you.";
                    case 403 -> " Check that the account may read this calendar.";
                    default -> "";
                };
        return new CalendarSourceException(
                "Google Calendar refused to give " + what + " (" + statusText(e) + ")." + hint);
    }

    private static String statusText(HttpResponseException e) {
        String reason = reason(e);
        String message =
                e instanceof GoogleJsonResponseException json && json.getDetails() != null
                        ? json.getDetails().getMessage()
                        : null;
        StringBuilder text = new StringBuilder("HTTP ").append(e.getStatusCode());
        if (reason != null) {
            text.append(' ').append(reason);
        }
        if (message != null && !message.isBlank()) {
            text.append(": ").append(message);
        }
        return text.toString();
    }
}
