package com.execassistant.desktop.prep;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.execassistant.desktop.notify.sms.SmsSettings;
import com.execassistant.desktop.notify.sms.SnsSmsNotifier;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Amazon SNS's Query API on loopback for the real {@link SnsSmsNotifier}: Publish answered with a
 * fresh message id, or with an SNS error, and the texts it was asked to send.
 */
final class LoopbackSns implements AutoCloseable {

    static final String NUMBER = "+14155550123";

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    LoopbackSns() {
        server.start();
        accept();
    }

    /** A notifier that texts {@link #NUMBER} through this fake. */
    SnsSmsNotifier notifier(Clock clock) {
        SmsSettings settings =
                SmsSettings.of(NUMBER, "us-east-1")
                        .withEndpointOverride(URI.create(server.baseUrl()))
                        .withZone(PrepFixture.NEW_YORK);
        return new SnsSmsNotifier(
                settings,
                StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIAFAKEFAKEFAKE0001", "fake-secret")),
                clock);
    }

    /** Every Publish succeeds, each with its own message id. */
    void accept() {
        server.resetMappings();
        server.stubFor(
                post(urlPathEqualTo("/"))
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "text/xml")
                                        .withTransformers("response-template")
                                        .withBody(published())));
    }

    /** Every Publish fails as SNS does when it is having trouble. */
    void fail() {
        server.resetMappings();
        server.stubFor(
                post(urlPathEqualTo("/"))
                        .willReturn(
                                aResponse()
                                        .withStatus(500)
                                        .withHeader("Content-Type", "text/xml")
                                        .withBody(
                                                """
                                                <ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
                                                  <Error><Type>Receiver</Type><Code>InternalError</Code>
                                                    <Message>Internal failure</Message></Error>
                                                  <RequestId>req-err-1</RequestId>
                                                </ErrorResponse>
                                                """)));
    }

    private String published() {
        return """
                <PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
                  <PublishResult><MessageId>sms-{{randomValue length=8 type='ALPHANUMERIC'}}</MessageId></PublishResult>
                  <ResponseMetadata><RequestId>req-ok</RequestId></ResponseMetadata>
                </PublishResponse>
                """;
    }

    /** The text of every Publish received, oldest first. */
    List<String> texts() {
        return server.findAll(postRequestedFor(urlPathEqualTo("/"))).stream()
                .map(r -> field(r.getBodyAsString(), "Message"))
                .toList();
    }

    private static String field(String form, String name) {
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0
                    && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8)
                            .equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Override
    public void close() {
        server.stop();
    }
}
