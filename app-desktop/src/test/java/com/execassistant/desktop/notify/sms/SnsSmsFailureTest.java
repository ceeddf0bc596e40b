package com.execassistant.desktop.notify.sms;

import static com.execassistant.desktop.notify.sms.FakeSns.error;
import static com.execassistant.desktop.notify.sms.FakeSns.notification;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.execassistant.core.notify.NotificationException;
import com.execassistant.core.notify.Purpose;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnsSmsFailureTest {

    @RegisterExtension
    static WireMockExtension sns =
            WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private SnsSmsNotifier notifier;

    @AfterEach
    void close() {
        if (notifier != null) {
            notifier.close();
        }
    }

    private NotificationException sendFails(SmsSettings settings) {
        notifier = FakeSns.notifier(settings);
        return catchThrowableOfType(
                NotificationException.class,
                () -> notifier.send(notification(Purpose.PREP_START, "QBR with ACME")));
    }

    @ParameterizedTest(name = "HTTP {0} {1} -> {3}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    400 | InvalidParameter      | Invalid parameter: PhoneNumber Reason: +14155550123 is opted out | the phone number is opted out (it replied STOP; texting START to the sender number opts back in)
                    400 | OptedOut              | Phone number is opted out                                        | the phone number is opted out (it replied STOP; texting START to the sender number opts back in)
                    400 | InvalidParameter      | Invalid parameter: PhoneNumber Reason: +14155550123 is not valid to publish to | SNS does not accept the phone number (check it, and that this AWS region sends SMS)
                    400 | InvalidParameterValue | Message too long                                                 | SNS refused the message as invalid (InvalidParameterValue)
                    403 | AuthorizationError    | User is not authorized to perform: SNS:Publish                   | the AWS credentials are not allowed to publish to SNS (sns:Publish), or the account is still in the SMS sandbox
                    403 | InvalidClientTokenId  | The security token included in the request is invalid.          | AWS did not accept the credentials (check the access key and the clock)
                    403 | SignatureDoesNotMatch | The request signature we calculated does not match              | AWS did not accept the credentials (check the access key and the clock)
                    400 | Throttling            | Rate exceeded                                                    | SNS is limiting how fast texts are sent; it will be tried again later
                    400 | Throttled             | Rate exceeded                                                    | SNS is limiting how fast texts are sent; it will be tried again later
                    500 | InternalError         | Internal failure                                                 | SNS had a problem on its side (HTTP 500)
                    503 | ServiceUnavailable    | Service unavailable                                              | SNS had a problem on its side (HTTP 503)
                    400 | KMSDisabled           | Key disabled                                                     | SNS refused the message (KMSDisabled)
                    """)
    void snsErrorsBecomePlainReasons(int status, String code, String message, String reason) {
        sns.stubFor(post(urlPathEqualTo("/")).willReturn(error(status, code, message)));

        NotificationException e = sendFails(FakeSns.settings(sns.baseUrl()));

        assertThat(e).hasMessage("SMS could not be sent: " + reason);
    }

    @ParameterizedTest(name = "HTTP {0} {1} is tried once")
    @CsvSource({"500, InternalError", "503, ServiceUnavailable", "400, Throttling"})
    void retryableErrorsAreTriedOnlyOnceBecauseTheDispatcherRetries(int status, String code) {
        sns.stubFor(post(urlPathEqualTo("/")).willReturn(error(status, code, "try later")));

        assertThat(sendFails(FakeSns.settings(sns.baseUrl()))).isNotNull();

        assertThat(sns.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    }

    @Test
    void aRefusedConnectionBecomesAPlainReason() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SmsSettings settings =
                FakeSns.settings(sns.baseUrl())
                        .withEndpointOverride(URI.create("http://127.0.0.1:" + closedPort));

        assertThat(sendFails(settings))
                .hasMessage(
                        "SMS could not be sent: SNS could not be reached (the connection was"
                                + " refused)");
    }

    @Test
    void aConnectionDroppedMidAnswerBecomesAPlainReason() {
        sns.stubFor(
                post(urlPathEqualTo("/"))
                        .willReturn(
                                com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                                        .withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(sendFails(FakeSns.settings(sns.baseUrl())))
                .hasMessage("SMS could not be sent: SNS could not be reached");
        assertThat(sns.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    }

    @Test
    void aFailureNeverCarriesTheFullNumberInItsMessageOrCause() {
        sns.stubFor(
                post(urlPathEqualTo("/"))
                        .willReturn(
                                error(
                                        400,
                                        "InvalidParameter",
                                        "Invalid parameter: PhoneNumber Reason: +14155550123 is"
                                                + " not valid to publish to")));

        NotificationException e = sendFails(FakeSns.settings(sns.baseUrl()));

        assertThat(e.getMessage()).doesNotContain("4155550123");
        assertThat(e.getCause()).isNull();
    }

    @Test
    void theFailureLogLineMasksTheNumberButKeepsWhatAnOperatorNeeds() {
        sns.stubFor(
                post(urlPathEqualTo("/"))
                        .willReturn(
                                error(
                                        400,
                                        "InvalidParameter",
                                        "Invalid parameter: PhoneNumber Reason: +14155550123 is"
                                                + " not valid to publish to")));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            sendFails(FakeSns.settings(sns.baseUrl()));
        } finally {
            System.setErr(original);
        }

        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log)
                .contains("SMS could not be sent")
                .contains("to +*******0123")
                .contains("InvalidParameter")
                .contains("req-err-1")
                .contains("Reason: +*******0123 is not valid")
                .doesNotContain("4155550123");
    }
}
