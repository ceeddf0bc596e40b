package com.execassistant.core.calendar.google;

import static com.execassistant.core.calendar.google.FakeGoogle.ACCOUNT;
import static com.execassistant.core.calendar.google.FakeGoogle.EVENTS_PATH;
import static com.execassistant.core.calendar.google.FakeGoogle.TOKEN_PATH;
import static com.execassistant.core.calendar.google.FakeGoogle.error;
import static com.execassistant.core.calendar.google.FakeGoogle.event;
import static com.execassistant.core.calendar.google.FakeGoogle.json;
import static com.execassistant.core.calendar.google.FakeGoogle.page;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.calendar.CalendarSourceException;
import com.execassistant.core.calendar.FetchRequest;
import com.execassistant.core.calendar.FetchResult;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class GoogleTokenTest {

    @RegisterExtension
    static WireMockExtension google =
            WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final FetchRequest WINDOW =
            FetchRequest.full(
                    Instant.parse("2030-03-01T00:00:00Z"), Instant.parse("2030-03-15T00:00:00Z"));

    @TempDir Path dir;
    FakeGoogle fake;

    @BeforeEach
    void setUp() {
        fake = new FakeGoogle(google.baseUrl(), dir);
    }

    private void tokenEndpointIssues(String accessToken) {
        google.stubFor(
                post(urlPathEqualTo(TOKEN_PATH))
                        .withRequestBody(containing("grant_type=refresh_token"))
                        .withRequestBody(containing("refresh_token=refresh-1"))
                        .willReturn(
                                json(
                                        """
                                        {"access_token": "%s", "token_type": "Bearer",
                                         "expires_in": 3599}
                                        """
                                                .formatted(accessToken))));
    }

    private void eventsAcceptOnly(String accessToken) {
        google.stubFor(
                get(urlPathEqualTo(EVENTS_PATH))
                        .willReturn(error(401, "authError", "Invalid Credentials")));
        google.stubFor(
                get(urlPathEqualTo(EVENTS_PATH))
                        .withHeader("Authorization", equalTo("Bearer " + accessToken))
                        .willReturn(json(page(null, "s", event("a", "Standup", 9)))));
    }

    @Test
    void rejectedAccessTokenIsRefreshedOnceAndTheRequestRetried() {
        tokenEndpointIssues("access-2");
        eventsAcceptOnly("access-2");

        FetchResult result = fake.source().fetch(WINDOW);

        assertThat(result.calendars().get(0).events()).hasSize(1);
        assertThat(result.apiCalls()).isEqualTo(3); // 401, token refresh, retry
        google.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        assertThat(fake.waits).isEmpty();
    }

    @Test
    void refreshedTokenIsSavedToTheVault() {
        tokenEndpointIssues("access-2");
        eventsAcceptOnly("access-2");

        fake.source().fetch(WINDOW);

        GoogleAccountCredentials saved = fake.store.load(ACCOUNT).orElseThrow();
        assertThat(saved.accessToken()).isEqualTo("access-2");
        assertThat(saved.refreshToken()).isEqualTo("refresh-1");
        assertThat(saved.accessTokenExpiry()).isAfter(Instant.now().plusSeconds(3000));
    }

    @Test
    void expiredAccessTokenIsRenewedBeforeTheRequest() {
        fake.store.save(
                ACCOUNT,
                new GoogleAccountCredentials(
                        "client-1", "secret", "refresh-1", "stale", Instant.now().minusSeconds(5)));
        tokenEndpointIssues("access-2");
        eventsAcceptOnly("access-2");

        FetchResult result = fake.source().fetch(WINDOW);

        assertThat(result.apiCalls()).isEqualTo(2); // token refresh, then the listing
        google.verify(1, getRequestedFor(urlPathEqualTo(EVENTS_PATH)));
    }

    @Test
    void tokenStillRejectedAfterRefreshTellsTheUserToReconnect() {
        tokenEndpointIssues("access-2");
        google.stubFor(
                get(urlPathEqualTo(EVENTS_PATH))
                        .willReturn(error(401, "authError", "Invalid Credentials")));

        assertThatThrownBy(() -> fake.source().fetch(WINDOW))
                .isInstanceOf(CalendarSourceException.class)
                .hasMessageContaining("Reconnect the Google account");
        google.verify(2, getRequestedFor(urlPathEqualTo(EVENTS_PATH)));
    }

    @Test
    void revokedRefreshTokenIsReportedAsAPlainSentence() {
        google.stubFor(
                post(urlPathEqualTo(TOKEN_PATH))
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                """
                                                {"error": "invalid_grant",
                                                 "error_description": "Token has been expired or revoked."}
                                                """)));
        google.stubFor(
                get(urlPathEqualTo(EVENTS_PATH))
                        .willReturn(error(401, "authError", "Invalid Credentials")));

        assertThatThrownBy(() -> fake.source().fetch(WINDOW))
                .isInstanceOf(CalendarSourceException.class)
                .hasMessage(
                        "Google refused to renew access to the account work (invalid_grant): the"
                                + " permission was revoked or has expired. Reconnect the Google"
                                + " account.");
        google.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    }

    @Test
    void accountWithoutStoredCredentialsCannotBeBuilt() {
        fake.store.remove(ACCOUNT);

        assertThatThrownBy(() -> fake.source())
                .isInstanceOf(CalendarSourceException.class)
                .hasMessageContaining("no stored credentials");
    }
}
