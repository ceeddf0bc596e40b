package com.execassistant.core.calendar.google;

import com.execassistant.core.calendar.CalendarSourceException;
import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.googleapis.services.AbstractGoogleClientRequest;
import com.google.api.client.http.HttpResponseException;
import java.io.IOException;
import java.time.Duration;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends Calendar API requests with the client-side rate limit, backoff on rate limiting and server
 * errors, one token refresh on 401, and no retry on other client errors.
 */
final class GoogleRequests {

    private static final Logger LOG = LoggerFactory.getLogger(GoogleRequests.class);

    private final String accountId;
    private final Credential credential;
    private final RetryPolicy retry;
    private final RateLimiter limiter;
    private final Sleeper sleeper;
    private final RandomGenerator random;

    GoogleRequests(
            String accountId,
            Credential credential,
            RetryPolicy retry,
            RateLimiter limiter,
            Sleeper sleeper,
            RandomGenerator random) {
        this.accountId = accountId;
        this.credential = credential;
        this.retry = retry;
        this.limiter = limiter;
        this.sleeper = sleeper;
        this.random = random;
    }

    /**
     * Executes {@code request}; {@code what} names what it reads, for messages ("the events of
     * calendar team@example.com").
     *
     * @throws SyncTokenExpiredException when Google answers 410 to a sync token
     */
    <T> T execute(AbstractGoogleClientRequest<T> request, String what)
            throws SyncTokenExpiredException, InterruptedException {
        boolean refreshed = false;
        int attempt = 1;
        while (true) {
            limiter.acquire();
            try {
                return request.execute();
            } catch (TokenResponseException e) {
                // The proactive refresh before the request failed.
                if (!GoogleErrors.retryable(e)) {
                    throw GoogleErrors.reconnect(accountId, e);
                }
                if (attempt >= retry.maxAttempts()) {
                    throw GoogleErrors.gaveUp("a new access token", e, attempt);
                }
            } catch (HttpResponseException e) {
                int status = e.getStatusCode();
                if (status == 401) {
                    if (refreshed) {
                        throw GoogleErrors.final401(accountId);
                    }
                    refreshed = true;
                    refresh();
                    continue; // a renewed token is not a retry of a failure: no backoff
                }
                if (status == 410) {
                    throw new SyncTokenExpiredException();
                }
                if (!GoogleErrors.retryable(e)) {
                    throw GoogleErrors.refused(what, e);
                }
                if (attempt >= retry.maxAttempts()) {
                    throw GoogleErrors.gaveUp(what, e, attempt);
                }
                LOG.debug("Google answered {} for {}; retrying", status, what);
            } catch (IOException e) {
                if (attempt >= retry.maxAttempts()) {
                    throw new CalendarSourceException(
                            "Could not reach Google Calendar to read "
                                    + what
                                    + " ("
                                    + e.getMessage()
                                    + "); the next sync will try again.",
                            e);
                }
                LOG.debug("Network error reading {}; retrying: {}", what, e.toString());
            }
            sleeper.sleep(retry.delayBefore(attempt, random));
            attempt++;
        }
    }

    private void refresh() throws InterruptedException {
        int attempt = 1;
        while (true) {
            try {
                if (!credential.refreshToken()) {
                    throw GoogleErrors.final401(accountId);
                }
                return;
            } catch (TokenResponseException e) {
                if (!GoogleErrors.retryable(e)) {
                    throw GoogleErrors.reconnect(accountId, e);
                }
                if (attempt >= retry.maxAttempts()) {
                    throw GoogleErrors.gaveUp("a new access token", e, attempt);
                }
            } catch (IOException e) {
                if (attempt >= retry.maxAttempts()) {
                    throw new CalendarSourceException(
                            "Could not reach Google to renew the access token ("
                                    + e.getMessage()
                                    + "); the next sync will try again.",
                            e);
                }
            }
            Duration wait = retry.delayBefore(attempt, random);
            sleeper.sleep(wait);
            attempt++;
        }
    }
}
