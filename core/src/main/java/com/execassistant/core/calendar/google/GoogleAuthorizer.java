package com.execassistant.core.calendar.google;

import com.google.api.client.auth.oauth2.AuthorizationCodeFlow;
import com.google.api.client.auth.oauth2.BearerToken;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.extensions.java6.auth.oauth2.AuthorizationCodeInstalledApp;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.services.calendar.CalendarScopes;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Connects a Google account, read-only ({@value #SCOPE}).
 *
 * <p>On a desktop: the OAuth flow for installed apps in the system browser, redirecting to a
 * one-off server on 127.0.0.1 at a port the system picks, with PKCE (S256) and a random state that
 * must come back unchanged. On a server without a browser: a client id, client secret and refresh
 * token obtained elsewhere, checked by minting one access token. Either way the caller stores the
 * result with {@link GoogleCredentialStore#save}.
 */
public final class GoogleAuthorizer {

    public static final String SCOPE = CalendarScopes.CALENDAR_READONLY;
    public static final String DEFAULT_AUTHORIZATION_URL =
            "https://accounts.google.com/o/oauth2/auth";

    private final String authorizationUrl;
    private final String tokenUrl;
    private final Consumer<URI> browser;
    private final Duration timeout;
    private final HttpTransport transport;
    private final Clock clock;

    /**
     * @param authorizationUrl Google's consent page, {@link #DEFAULT_AUTHORIZATION_URL} by default
     * @param tokenUrl the token endpoint, {@link GoogleCalendarSettings#DEFAULT_TOKEN_URL} by
     *     default
     * @param browser opens the consent page; {@link #systemBrowser()} on a desktop
     * @param timeout how long to wait for the user to finish signing in
     */
    public GoogleAuthorizer(
            String authorizationUrl, String tokenUrl, Consumer<URI> browser, Duration timeout) {
        this(
                authorizationUrl,
                tokenUrl,
                browser,
                timeout,
                new NetHttpTransport(),
                Clock.systemUTC());
    }

    GoogleAuthorizer(
            String authorizationUrl,
            String tokenUrl,
            Consumer<URI> browser,
            Duration timeout,
            HttpTransport transport,
            Clock clock) {
        this.authorizationUrl = authorizationUrl;
        this.tokenUrl = tokenUrl;
        this.browser = browser;
        this.timeout = timeout;
        this.transport = transport;
        this.clock = clock;
    }

    /** Opens the page in the desktop's browser, or prints the address when there is none. */
    public static Consumer<URI> systemBrowser() {
        return uri -> AuthorizationCodeInstalledApp.browse(uri.toString());
    }

    /** Google's endpoints, the system browser, five minutes to sign in. */
    public static GoogleAuthorizer forGoogle() {
        return new GoogleAuthorizer(
                DEFAULT_AUTHORIZATION_URL,
                GoogleCalendarSettings.DEFAULT_TOKEN_URL,
                systemBrowser(),
                Duration.ofMinutes(5));
    }

    /** Runs the browser sign-in and returns the account's new credentials. */
    public GoogleAccountCredentials authorize(String clientId, String clientSecret)
            throws InterruptedException {
        String state = randomState();
        // One flow per sign-in: the flow holds this sign-in's PKCE verifier.
        AuthorizationCodeFlow flow =
                new AuthorizationCodeFlow.Builder(
                                BearerToken.authorizationHeaderAccessMethod(),
                                transport,
                                GoogleClients.JSON,
                                new GenericUrl(tokenUrl),
                                new ClientParametersAuthentication(clientId, clientSecret),
                                clientId,
                                authorizationUrl)
                        .setScopes(List.of(SCOPE))
                        .enablePKCE()
                        .build();
        try (LoopbackReceiver receiver = new LoopbackReceiver(state)) {
            String consentPage =
                    flow.newAuthorizationUrl()
                            .setRedirectUri(receiver.redirectUri())
                            .setState(state)
                            // offline + consent: Google issues a refresh token every time.
                            .set("access_type", "offline")
                            .set("prompt", "consent")
                            .build();
            browser.accept(URI.create(consentPage));
            String code = receiver.awaitCode(timeout);
            TokenResponse tokens =
                    flow.newTokenRequest(code).setRedirectUri(receiver.redirectUri()).execute();
            if (tokens.getRefreshToken() == null) {
                throw new GoogleAuthorizationException(
                        "Google did not issue a refresh token. Remove Exec Assistant's access in"
                                + " your Google account settings and connect again.");
            }
            return new GoogleAccountCredentials(
                    clientId,
                    clientSecret,
                    tokens.getRefreshToken(),
                    tokens.getAccessToken(),
                    expiry(tokens.getExpiresInSeconds()));
        } catch (TokenResponseException e) {
            throw refused("the sign-in", e);
        } catch (IOException e) {
            throw new GoogleAuthorizationException(
                    "The Google sign-in failed: " + e.getMessage(), e);
        }
    }

    /**
     * Checks credentials given directly (for servers) by minting an access token, and returns them
     * with that token.
     */
    public GoogleAccountCredentials verifyRefreshToken(
            String clientId, String clientSecret, String refreshToken) {
        GoogleAccountCredentials given =
                GoogleAccountCredentials.ofRefreshToken(clientId, clientSecret, refreshToken);
        Credential credential =
                GoogleClients.credential(
                        transport, given, tokenUrl, new AtomicInteger(), new NoOpListener());
        try {
            if (!credential.refreshToken()) {
                throw new GoogleAuthorizationException(
                        "Google issued no access token for this refresh token.");
            }
        } catch (TokenResponseException e) {
            throw refused("the refresh token", e);
        } catch (IOException e) {
            throw new GoogleAuthorizationException(
                    "Could not reach Google to check the refresh token: " + e.getMessage(), e);
        }
        Long expiry = credential.getExpirationTimeMilliseconds();
        return given.withAccessToken(
                credential.getAccessToken(),
                expiry == null ? null : Instant.ofEpochMilli(expiry),
                credential.getRefreshToken());
    }

    private Instant expiry(Long expiresInSeconds) {
        return expiresInSeconds == null ? null : clock.instant().plusSeconds(expiresInSeconds);
    }

    private static GoogleAuthorizationException refused(String what, TokenResponseException e) {
        String code =
                e.getDetails() == null ? "HTTP " + e.getStatusCode() : e.getDetails().getError();
        return new GoogleAuthorizationException(
                "Google refused "
                        + what
                        + " ("
                        + code
                        + "). Check the client id and secret, and connect the account again.");
    }

    private static String randomState() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static final class NoOpListener
            implements com.google.api.client.auth.oauth2.CredentialRefreshListener {
        @Override
        public void onTokenResponse(Credential credential, TokenResponse response) {}

        @Override
        public void onTokenErrorResponse(
                Credential credential,
                com.google.api.client.auth.oauth2.TokenErrorResponse response) {}
    }
}
