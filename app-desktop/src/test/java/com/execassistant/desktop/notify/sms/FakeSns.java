package com.execassistant.desktop.notify.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.Purpose;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Wiring for tests that drive the real SNS client against WireMock standing in for the SNS Query
 * API: form-encoded POSTs answered with SNS's XML.
 */
final class FakeSns {

    static final String NUMBER = "+14155550123";
    static final String ACCESS_KEY = "AKIAFAKEFAKEFAKE0001";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Monday 4 March 2030, 09:00 in Berlin. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2030-03-04T08:00:00Z"), ZoneOffset.UTC);

    /** Thursday 7 March 2030, 10:00 in Berlin. */
    static final Instant THURSDAY_TEN = Instant.parse("2030-03-07T09:00:00Z");

    private FakeSns() {}

    static SmsSettings settings(String baseUrl) {
        return SmsSettings.of(NUMBER, "us-east-1")
                .withEndpointOverride(URI.create(baseUrl))
                .withZone(BERLIN);
    }

    static SnsSmsNotifier notifier(SmsSettings settings) {
        return new SnsSmsNotifier(
                settings,
                StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(ACCESS_KEY, "fake-secret-key")),
                CLOCK);
    }

    static Notification notification(Purpose purpose, String title) {
        return new Notification(
                "run-1",
                purpose,
                "Prep for " + title + " starts now",
                title,
                "QBR",
                THURSDAY_TEN,
                "Budget 4% over plan",
                null,
                List.of(Notification.Action.START_PREP),
                List.of());
    }

    static ResponseDefinitionBuilder published(String messageId) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/xml")
                .withBody(
                        """
                        <PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
                          <PublishResult><MessageId>%s</MessageId></PublishResult>
                          <ResponseMetadata><RequestId>req-ok-1</RequestId></ResponseMetadata>
                        </PublishResponse>
                        """
                                .formatted(messageId));
    }

    static ResponseDefinitionBuilder error(int status, String code, String message) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "text/xml")
                .withBody(
                        """
                        <ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
                          <Error>
                            <Type>%s</Type>
                            <Code>%s</Code>
                            <Message>%s</Message>
                          </Error>
                          <RequestId>req-err-1</RequestId>
                        </ErrorResponse>
                        """
                                .formatted(status >= 500 ? "Receiver" : "Sender", code, message));
    }

    /** The request's form parameters, decoded. */
    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            form.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        return form;
    }

    /** The SMS message attributes of a Publish form, by name. */
    static Map<String, String> attributes(Map<String, String> form) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 1; form.containsKey("MessageAttributes.entry." + i + ".Name"); i++) {
            String prefix = "MessageAttributes.entry." + i;
            attributes.put(
                    form.get(prefix + ".Name"),
                    form.get(prefix + ".Value.DataType")
                            + ":"
                            + form.get(prefix + ".Value.StringValue"));
        }
        return attributes;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
