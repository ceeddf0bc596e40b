package com.execassistant.core.calendar.google;

import java.time.Instant;
import java.util.Objects;

/**
 * What it takes to call Google Calendar for one account. {@link #toString()} redacts every secret,
 * so a record that ends up in a log or an error message leaks nothing.
 *
 * @param clientId the OAuth client id (of a "Desktop app" client in Google Cloud Console)
 * @param clientSecret the client secret Google issues for installed apps, may be null
 * @param refreshToken the long-lived token that mints access tokens
 * @param accessToken the current access token, or null when none was minted yet
 * @param accessTokenExpiry when the access token expires, or null when unknown
 */
public record GoogleAccountCredentials(
        String clientId,
        String clientSecret,
        String refreshToken,
        String accessToken,
        Instant accessTokenExpiry) {

    public GoogleAccountCredentials {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("a Google account needs an OAuth client id");
        }
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new IllegalArgumentException("a Google account needs a refresh token");
        }
    }

    /** Credentials given directly (headless servers): no access token yet. */
    public static GoogleAccountCredentials ofRefreshToken(
            String clientId, String clientSecret, String refreshToken) {
        return new GoogleAccountCredentials(clientId, clientSecret, refreshToken, null, null);
    }

    /** The same credentials with a newly minted access token (and rotated refresh token). */
    public GoogleAccountCredentials withAccessToken(
            String newAccessToken, Instant expiry, String newRefreshToken) {
        return new GoogleAccountCredentials(
                clientId,
                clientSecret,
                Objects.requireNonNullElse(newRefreshToken, refreshToken),
                newAccessToken,
                expiry);
    }

    @Override
    public String toString() {
        return "GoogleAccountCredentials[clientId="
                + clientId
                + ", clientSecret="
                + (clientSecret == null ? "none" : "[redacted]")
                + ", refreshToken=[redacted], accessToken="
                + (accessToken == null ? "none" : "[redacted]")
                + ", accessTokenExpiry="
                + accessTokenExpiry
                + "]";
    }
}
