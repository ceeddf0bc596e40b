package com.execassistant.core.calendar.google;

import com.execassistant.core.secrets.SecretVault;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Keeps each Google account's credentials in the workspace's encrypted {@link SecretVault}. */
public final class GoogleCredentialStore {

    private static final ObjectMapper JSON =
            new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final SecretVault vault;

    public GoogleCredentialStore(SecretVault vault) {
        this.vault = vault;
    }

    /** The account's credentials, if it was connected. */
    public Optional<GoogleAccountCredentials> load(String accountId) {
        return vault.get(secretName(accountId)).map(GoogleCredentialStore::parse);
    }

    /** Stores (or replaces) the account's credentials. */
    public void save(String accountId, GoogleAccountCredentials credentials) {
        try {
            vault.put(secretName(accountId), JSON.writeValueAsString(credentials));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the account's credentials, for "accounts remove". */
    public void remove(String accountId) {
        vault.remove(secretName(accountId));
    }

    static String secretName(String accountId) {
        if (accountId == null || accountId.isBlank()) {
            throw new IllegalArgumentException("an account id is needed");
        }
        return "google/" + accountId;
    }

    private static GoogleAccountCredentials parse(String json) {
        try {
            return JSON.readValue(json, GoogleAccountCredentials.class);
        } catch (IOException e) {
            // The message could quote the token, so it is not passed on.
            throw new GoogleAuthorizationException(
                    "The stored Google credentials are unreadable; reconnect the account.");
        }
    }
}
