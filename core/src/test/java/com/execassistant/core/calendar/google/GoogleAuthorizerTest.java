package com.execassistant.core.calendar.google;

import static com.execassistant.core.calendar.google.FakeGoogle.json;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.api.client.http.javanet.NetHttpTransport;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GoogleAuthorizerTest {

    @RegisterExtension
    static WireMockExtension google =
            WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final Instant NOW = Instant.parse("2030-03-01T08:00:00Z");

    private final Map<String, String> consentQuery = new HashMap<>();

    private GoogleAuthorizer authorizer(Consumer<URI> browser) {
        return new GoogleAuthorizer(
                google.baseUrl() + "/auth",
                google.baseUrl() + "/token",
                browser,
                Duration.ofSeconds(10),
                new NetHttpTransport(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A browser where the user consents: Google redirects back with a code and the state. */
    private Consumer<URI> userConsents(String stateToReturn) {
        return uri -> {
            consentQuery.putAll(parse(uri.getRawQuery()));
            String state = stateToReturn != null ? stateToReturn : consentQuery.get("state");
            redirect(consentQuery.get("redirect_uri") + "?code=code-42&state=" + state);
        };
    }

    private void tokenEndpointExchangesCode() {
        google.stubFor(
                post(urlPathEqualTo("/token"))
                        .withRequestBody(containing("grant_type=authorization_code"))
                        .withRequestBody(containing("code=code-42"))
                        .willReturn(
                                json(
                                        """
                                        {"access_token": "access-1", "refresh_token": "refresh-1",
                                         "token_type": "Bearer", "expires_in": 3600}
                                        """)));
    }

    @Test
    void browserSignInReturnsTheIssuedTokens() throws Exception {
        tokenEndpointExchangesCode();

        GoogleAccountCredentials c =
                authorizer(userConsents(null)).authorize("client-1", "secret-1");

        assertThat(c)
                .isEqualTo(
                        new GoogleAccountCredentials(
                                "client-1",
                                "secret-1",
                                "refresh-1",
                                "access-1",
                                NOW.plusSeconds(3600)));
    }

    @Test
    void consentPageAsksForReadOnlyCalendarAccessWithPkceAndALoopbackRedirect() throws Exception {
        tokenEndpointExchangesCode();

        authorizer(userConsents(null)).authorize("client-1", "secret-1");

        assertThat(consentQuery)
                .containsEntry("scope", "https://www.googleapis.com/auth/calendar.readonly")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("response_type", "code")
                .containsEntry("access_type", "offline");
        assertThat(consentQuery.get("redirect_uri"))
                .matches("http://127\\.0\\.0\\.1:\\d+/callback");
        assertThat(consentQuery.get("state")).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void tokenRequestProvesPossessionOfThePkceVerifier() throws Exception {
        tokenEndpointExchangesCode();

        authorizer(userConsents(null)).authorize("client-1", "secret-1");

        String body =
                google.findAll(postRequestedFor(urlPathEqualTo("/token"))).get(0).getBodyAsString();
        String verifier = parse(body).get("code_verifier");
        String challenge =
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                MessageDigest.getInstance("SHA-256")
                                        .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        assertThat(challenge).isEqualTo(consentQuery.get("code_challenge"));
        assertThat(parse(body).get("redirect_uri")).isEqualTo(consentQuery.get("redirect_uri"));
    }

    @Test
    void redirectWithAnotherStateIsRejected() {
        tokenEndpointExchangesCode();

        assertThatThrownBy(
                        () -> authorizer(userConsents("forged")).authorize("client-1", "secret-1"))
                .isInstanceOf(GoogleAuthorizationException.class)
                .hasMessageContaining("expected state");
        google.verify(0, postRequestedFor(urlPathEqualTo("/token")));
    }

    @Test
    void twoSignInsUseDifferentStatesAndChallenges() throws Exception {
        tokenEndpointExchangesCode();
        authorizer(userConsents(null)).authorize("client-1", "secret-1");
        Map<String, String> first = new HashMap<>(consentQuery);

        authorizer(userConsents(null)).authorize("client-1", "secret-1");

        assertThat(consentQuery.get("state")).isNotEqualTo(first.get("state"));
        assertThat(consentQuery.get("code_challenge")).isNotEqualTo(first.get("code_challenge"));
    }

    @Test
    void headlessRefreshTokenIsCheckedByMintingAnAccessToken() {
        google.stubFor(
                post(urlPathEqualTo("/token"))
                        .withRequestBody(containing("refresh_token=refresh-9"))
                        .willReturn(
                                json(
                                        """
                                        {"access_token": "access-9", "token_type": "Bearer",
                                         "expires_in": 3600}
                                        """)));

        GoogleAccountCredentials c =
                authorizer(uri -> {}).verifyRefreshToken("client-1", "secret-1", "refresh-9");

        assertThat(c.refreshToken()).isEqualTo("refresh-9");
        assertThat(c.accessToken()).isEqualTo("access-9");
    }

    @Test
    void headlessRefreshTokenGoogleRefusesIsReportedPlainly() {
        google.stubFor(
                post(urlPathEqualTo("/token"))
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody("{\"error\": \"invalid_grant\"}")));

        assertThatThrownBy(
                        () ->
                                authorizer(uri -> {})
                                        .verifyRefreshToken("client-1", "secret-1", "bad"))
                .isInstanceOf(GoogleAuthorizationException.class)
                .hasMessage(
                        "Google refused the refresh token (invalid_grant). Check the client id"
                                + " and secret, and connect the account again.");
    }

    private static void redirect(String url) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            client.send(
                    HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> values = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(
                    URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }
}
