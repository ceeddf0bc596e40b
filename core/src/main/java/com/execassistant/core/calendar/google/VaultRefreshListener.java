package com.execassistant.core.calendar.google;

import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.auth.oauth2.CredentialRefreshListener;
import com.google.api.client.auth.oauth2.TokenErrorResponse;
import com.google.api.client.auth.oauth2.TokenResponse;
import java.time.Instant;

/**
 * Saves every renewed access token (and a rotated refresh token) back to the vault, so the next run
 * starts with a valid token instead of spending a request on a refresh.
 */
final class VaultRefreshListener implements CredentialRefreshListener {

    private final GoogleCredentialStore store;
    private final String accountId;
    private GoogleAccountCredentials current;

    VaultRefreshListener(
            GoogleCredentialStore store, String accountId, GoogleAccountCredentials current) {
        this.store = store;
        this.accountId = accountId;
        this.current = current;
    }

    @Override
    public synchronized void onTokenResponse(Credential credential, TokenResponse response) {
        Long expiry = credential.getExpirationTimeMilliseconds();
        current =
                current.withAccessToken(
                        credential.getAccessToken(),
                        expiry == null ? null : Instant.ofEpochMilli(expiry),
                        credential.getRefreshToken());
        store.save(accountId, current);
    }

    @Override
    public void onTokenErrorResponse(Credential credential, TokenErrorResponse response) {
        // Nothing to save: the stored refresh token stays, and the error reaches the user.
    }
}
