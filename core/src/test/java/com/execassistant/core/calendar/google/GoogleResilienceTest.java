package com.execassistant.core.calendar.google;

import static com.execassistant.core.calendar.google.FakeGoogle.EVENTS_PATH;
import static com.execassistant.core.calendar.google.FakeGoogle.error;
import static com.execassistant.core.calendar.google.FakeGoogle.event;
import static com.execassistant.core.calendar.google.FakeGoogle.json;
import static com.execassistant.core.calendar.google.FakeGoogle.page;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.calendar.CalendarSourceException;
import com.execassistant.core.calendar.FetchRequest;
import com.execassistant.core.calendar.FetchResult;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GoogleResilienceTest {

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

    /** The first answer is {@code first}, every later one a good page. */
    private void firstThenSuccess(ResponseDefinitionBuilder first) {
        google.stubFor(
                get(urlPathEqualTo(EVENTS_PATH))
                        .inScenario("retry")
                        .whenScenarioStateIs(STARTED)
                        .willReturn(first)
                        .willSetStateTo("recovered"));
        google.stubFor(
                get(urlPathEqualTo(EVENTS_PATH))
                        .inScenario("retry")
                        .whenScenarioStateIs("recovered")
                        .willReturn(json(page(null, "s", event("a", "Standup", 9)))));
    }

    static Stream<Arguments> retryableAnswers() {
        return Stream.of(
                Arguments.of("429 too many requests", error(429, "rateLimitExceeded", "Slow down")),
                Arguments.of(
                        "403 rateLimitExceeded", error(403, "rateLimitExceeded", "Rate Limit")),
                Arguments.of(
                        "403 userRateLimitExceeded",
                        error(403, "userRateLimitExceeded", "User Rate Limit")),
                Arguments.of("500 backend error", error(500, "backendError", "Backend Error")),
                Arguments.of("503 unavailable", error(503, "backendError", "Unavailable")));
    }

    @ParameterizedTest(name = "{0} is retried after a backoff")
    @MethodSource("retryableAnswers")
    void slowDownAndServerErrorsAreRetriedAfterABackoff(
            String name, ResponseDefinitionBuilder answer) {
        firstThenSuccess(answer);

        FetchResult result = fake.source().fetch(WINDOW);

        assertThat(result.calendars().get(0).events()).hasSize(1);
        assertThat(result.apiCalls()).isEqualTo(2);
        assertThat(fake.waits).hasSize(1);
        assertThat(fake.waits.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(100));
    }

    static Stream<Arguments> finalAnswers() {
        return Stream.of(
                Arguments.of(400, "invalid", "Bad Request"),
                Arguments.of(403, "forbidden", "Forbidden"),
                Arguments.of(403, "dailyLimitExceeded", "Daily Limit Exceeded"),
                Arguments.of(404, "notFound", "Not Found"));
    }

    @ParameterizedTest(name = "{0} {1} is not retried")
    @MethodSource("finalAnswers")
    void otherClientErrorsAreNotRetried(int status, String reason, String message) {
        google.stubFor(get(urlPathEqualTo(EVENTS_PATH)).willReturn(error(status, reason, message)));

        assertThatThrownBy(() -> fake.source().fetch(WINDOW))
                .isInstanceOf(CalendarSourceException.class)
                .hasMessageContaining("calendar primary")
                .hasMessageContaining("HTTP " + status);
        google.verify(1, getRequestedFor(urlPathEqualTo(EVENTS_PATH)));
        assertThat(fake.waits).isEmpty();
    }

    @Test
    void brokenResponseIsRetried() {
        firstThenSuccess(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

        FetchResult result = fake.source().fetch(WINDOW);

        assertThat(result.calendars().get(0).events()).hasSize(1);
        assertThat(fake.waits).hasSize(1);
    }

    @Test
    void persistentServerErrorsGiveUpAfterTheConfiguredAttempts() {
        google.stubFor(
                get(urlPathEqualTo(EVENTS_PATH)).willReturn(error(503, "backendError", "Down")));

        assertThatThrownBy(() -> fake.source().fetch(WINDOW))
                .isInstanceOf(CalendarSourceException.class)
                .hasMessageContaining("4 attempts")
                .hasMessageContaining("next sync will try again");
        google.verify(4, getRequestedFor(urlPathEqualTo(EVENTS_PATH)));
    }

    @Test
    void backoffCapsGrowExponentiallyUpToTheMaximum() {
        google.stubFor(
                get(urlPathEqualTo(EVENTS_PATH)).willReturn(error(503, "backendError", "Down")));
        GoogleCalendarSettings patient =
                fake.settings()
                        .withRetry(
                                new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(300)));

        assertThatThrownBy(() -> fake.source(patient).fetch(WINDOW))
                .isInstanceOf(CalendarSourceException.class);

        assertThat(fake.waits).hasSize(5);
        assertThat(fake.waits.get(0)).isLessThanOrEqualTo(Duration.ofMillis(100));
        assertThat(fake.waits.get(1)).isLessThanOrEqualTo(Duration.ofMillis(200));
        assertThat(fake.waits.subList(2, 5))
                .allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofMillis(300)));
    }
}
