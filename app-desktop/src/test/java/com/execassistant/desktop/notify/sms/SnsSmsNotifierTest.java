package com.execassistant.desktop.notify.sms;

import static com.execassistant.desktop.notify.sms.FakeSns.ACCESS_KEY;
import static com.execassistant.desktop.notify.sms.FakeSns.NUMBER;
import static com.execassistant.desktop.notify.sms.FakeSns.attributes;
import static com.execassistant.desktop.notify.sms.FakeSns.form;
import static com.execassistant.desktop.notify.sms.FakeSns.notification;
import static com.execassistant.desktop.notify.sms.FakeSns.published;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.notify.Channel;
import com.execassistant.core.notify.Purpose;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SnsSmsNotifierTest {

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

    private SnsSmsNotifier notifier(SmsSettings settings) {
        notifier = FakeSns.notifier(settings);
        return notifier;
    }

    private LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = sns.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        return requests.getFirst();
    }

    @Test
    void sendingPublishesOnceAndReturnsTheSnsMessageId() {
        sns.stubFor(post(urlPathEqualTo("/")).willReturn(published("msg-0001")));

        String id =
                notifier(FakeSns.settings(sns.baseUrl()))
                        .send(notification(Purpose.PREP_START, "QBR with ACME"));

        assertThat(id).isEqualTo("msg-0001");
        Map<String, String> form = form(onlyRequest());
        assertThat(form)
                .containsEntry("Action", "Publish")
                .containsEntry("PhoneNumber", NUMBER)
                .doesNotContainKeys("TopicArn", "TargetArn");
    }

    @Test
    void theMessageIsTheShortLinkFreeText() {
        sns.stubFor(post(urlPathEqualTo("/")).willReturn(published("msg-0002")));

        notifier(FakeSns.settings(sns.baseUrl()))
                .send(notification(Purpose.PREP_START, "QBR with ACME https://zoom.us/j/123"));

        String message = form(onlyRequest()).get("Message");
        assertThat(message)
                .isEqualTo(
                        "Exec Assistant: prep for 'QBR with ACME' (Thu 10:00) is ready to start."
                                + " Open the app or Slack to begin.");
        assertThat(GsmText.length(message)).isLessThanOrEqualTo(160);
    }

    @Test
    void theTextIsSentAsTransactionalWithoutASenderIdByDefault() {
        sns.stubFor(post(urlPathEqualTo("/")).willReturn(published("msg-0003")));

        notifier(FakeSns.settings(sns.baseUrl()))
                .send(notification(Purpose.REMINDER, "QBR with ACME"));

        assertThat(attributes(form(onlyRequest())))
                .containsExactly(Map.entry("AWS.SNS.SMS.SMSType", "String:Transactional"));
    }

    @Test
    void aConfiguredSenderIdIsSent() {
        sns.stubFor(post(urlPathEqualTo("/")).willReturn(published("msg-0004")));

        notifier(FakeSns.settings(sns.baseUrl()).withSenderId("ExecAsst"))
                .send(notification(Purpose.REMINDER, "QBR with ACME"));

        assertThat(attributes(form(onlyRequest())))
                .containsEntry("AWS.SNS.SMS.SMSType", "String:Transactional")
                .containsEntry("AWS.SNS.SMS.SenderID", "String:ExecAsst");
    }

    @Test
    void theRequestIsSignedWithTheGivenCredentials() {
        sns.stubFor(post(urlPathEqualTo("/")).willReturn(published("msg-0005")));

        notifier(FakeSns.settings(sns.baseUrl()))
                .send(notification(Purpose.MATERIALS_READY, "QBR with ACME"));

        assertThat(onlyRequest().getHeader("Authorization"))
                .startsWith("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY + "/")
                .contains("/us-east-1/sns/aws4_request");
    }

    @Test
    void withoutANumberTheChannelIsUnconfigured() {
        SnsSmsNotifier unconfigured = notifier(SmsSettings.none());

        assertThat(unconfigured.configured()).isFalse();
        assertThat(unconfigured.channel()).isEqualTo(Channel.SMS);
    }

    @Test
    void withANumberTheChannelIsConfigured() {
        assertThat(notifier(FakeSns.settings(sns.baseUrl())).configured()).isTrue();
    }

    @Test
    void sendingWithoutANumberFailsPlainlyAndSendsNothing() {
        SnsSmsNotifier unconfigured = notifier(SmsSettings.none());

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> unconfigured.send(notification(Purpose.PREP_START, "QBR")))
                .hasMessage("SMS could not be sent: no phone number is set up");
        assertThat(sns.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void toStringMasksThePhoneNumber() {
        String text = notifier(FakeSns.settings(sns.baseUrl())).toString();

        assertThat(text).contains("+*******0123").doesNotContain("4155550123");
    }
}
