package com.execassistant.desktop.notify.sms;

import com.execassistant.core.notify.Channel;
import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.NotificationException;
import com.execassistant.core.notify.Notifier;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsClientBuilder;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/**
 * The SMS channel: one Amazon SNS {@code Publish} to the user's number per notification, as a
 * transactional text (SNS routes those for reliability rather than cost). The SDK does not retry:
 * the dispatcher owns retries and the record of what was sent, so a text is never sent twice. Close
 * it to release the HTTP client.
 */
public final class SnsSmsNotifier implements Notifier, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SnsSmsNotifier.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);

    private final SmsSettings settings;
    private final SmsText text;
    private final SnsClient sns;

    /** Sends with the credentials of the AWS default chain (environment, profile, SSO, role). */
    public SnsSmsNotifier(SmsSettings settings) {
        this(settings, DefaultCredentialsProvider.builder().build(), Clock.systemUTC());
    }

    /**
     * @param credentials where the AWS keys come from
     * @param clock now, for deciding whether a weekday alone names the meeting's day
     */
    public SnsSmsNotifier(SmsSettings settings, AwsCredentialsProvider credentials, Clock clock) {
        this.settings = settings;
        this.text = new SmsText(settings.zone(), clock);
        this.sns = settings.configured() ? client(settings, credentials) : null;
    }

    private static SnsClient client(SmsSettings settings, AwsCredentialsProvider credentials) {
        SnsClientBuilder builder =
                SnsClient.builder()
                        .region(Region.of(settings.region()))
                        .credentialsProvider(credentials)
                        .httpClientBuilder(
                                UrlConnectionHttpClient.builder()
                                        .connectionTimeout(CONNECT_TIMEOUT)
                                        .socketTimeout(READ_TIMEOUT))
                        .overrideConfiguration(
                                c ->
                                        c.retryStrategy(AwsRetryStrategy.doNotRetry())
                                                .apiCallTimeout(CALL_TIMEOUT));
        if (settings.endpointOverride() != null) {
            builder.endpointOverride(settings.endpointOverride());
        }
        return builder.build();
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    /**
     * Texts the notification.
     *
     * @return the SNS message id
     * @throws NotificationException with a plain reason when SMS is not set up or SNS refused
     */
    @Override
    public String send(Notification notification) {
        return publish(
                text.render(notification),
                "run " + notification.runId() + " (" + notification.purpose() + ")");
    }

    /** A text has room for a count and the first meeting, whatever the number of meetings. */
    @Override
    public int digestLimit() {
        return Integer.MAX_VALUE;
    }

    /**
     * Texts one message for them all: how many, the first meeting and what to do, in one GSM
     * message like any other.
     *
     * @return the SNS message id
     */
    @Override
    public String sendDigest(List<Notification> items) {
        return publish(
                text.renderDigest(items), items.size() + " runs (" + items.get(0).purpose() + ")");
    }

    private String publish(String message, String about) {
        if (sns == null) {
            throw new NotificationException(SnsFailures.PREFIX + "no phone number is set up");
        }
        PhoneNumber to = settings.phoneNumber();
        PublishRequest request =
                PublishRequest.builder()
                        .phoneNumber(to.e164())
                        .message(message)
                        .messageAttributes(attributes())
                        .build();
        try {
            String id = sns.publish(request).messageId();
            log.info("SMS sent to {} for {}, message id {}", to, about, id);
            return id;
        } catch (SdkException e) {
            String reason = SnsFailures.reason(e);
            log.warn("{} [to {}, {}; {}]", reason, to, about, detail(e));
            // No cause attached: SNS's own message names the phone number.
            throw new NotificationException(reason);
        }
    }

    private Map<String, MessageAttributeValue> attributes() {
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
        attributes.put("AWS.SNS.SMS.SMSType", string("Transactional"));
        if (settings.senderId() != null) {
            attributes.put("AWS.SNS.SMS.SenderID", string(settings.senderId()));
        }
        return attributes;
    }

    private static MessageAttributeValue string(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }

    /** What an operator needs to look the failure up, with any phone number masked. */
    private static String detail(SdkException e) {
        if (e instanceof AwsServiceException s && s.awsErrorDetails() != null) {
            return "HTTP %d %s, request id %s: %s"
                    .formatted(
                            s.statusCode(),
                            s.awsErrorDetails().errorCode(),
                            s.requestId(),
                            SnsFailures.maskNumbers(s.awsErrorDetails().errorMessage()));
        }
        return e.getClass().getSimpleName() + ": " + SnsFailures.maskNumbers(e.getMessage());
    }

    @Override
    public void close() {
        if (sns != null) {
            sns.close();
        }
    }

    @Override
    public String toString() {
        return "SnsSmsNotifier[" + settings + "]";
    }
}
