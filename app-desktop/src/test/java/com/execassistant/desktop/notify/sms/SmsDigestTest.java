package com.execassistant.desktop.notify.sms;

import static com.execassistant.desktop.notify.sms.FakeSns.BERLIN;
import static com.execassistant.desktop.notify.sms.FakeSns.CLOCK;
import static com.execassistant.desktop.notify.sms.FakeSns.THURSDAY_TEN;
import static com.execassistant.desktop.notify.sms.FakeSns.form;
import static com.execassistant.desktop.notify.sms.FakeSns.published;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.Purpose;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Several meetings of one purpose in one text message. */
class SmsDigestTest {

    @RegisterExtension
    static WireMockExtension sns =
            WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final SmsText text = new SmsText(BERLIN, CLOCK);

    private static Notification meeting(Purpose purpose, String title, Instant start) {
        return new Notification(
                "run-" + title.hashCode(),
                purpose,
                "headline",
                title,
                "Quarterly business review",
                start,
                null,
                null,
                null,
                null);
    }

    private static List<Notification> meetings(Purpose purpose, String firstTitle, int count) {
        List<Notification> items = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            items.add(meeting(purpose, "Later " + i, THURSDAY_TEN.plus(Duration.ofHours(i))));
        }
        items.add(meeting(purpose, firstTitle, THURSDAY_TEN));
        return items;
    }

    @Test
    void aDigestCountsTheMeetingsAndNamesTheEarliest() {
        assertThat(text.renderDigest(meetings(Purpose.PREP_START, "QBR with ACME", 3)))
                .isEqualTo(
                        "Exec Assistant: 3 preps are ready to start, first 'QBR with ACME' (Thu"
                                + " 10:00). Open the app or Slack to begin.");
    }

    @ParameterizedTest
    @EnumSource(Purpose.class)
    void aDigestIsOneGsmMessageWithoutLinksEvenWithALongTitle(Purpose purpose) {
        String title =
                "Quarterly business review with ACME Corporation EMEA and APAC regional"
                        + " leadership https://zoom.us/j/123456 and the 2031 renewal committee";

        String message = text.renderDigest(meetings(purpose, title, 1000));

        assertThat(GsmText.length(message)).isLessThanOrEqualTo(160);
        assertThat(GsmText.limit(message)).isEqualTo(160);
        assertThat(message).contains("1000").doesNotContain("http", "zoom.us");
    }

    @Test
    void aDigestIsOnePublish() {
        sns.stubFor(post(urlPathEqualTo("/")).willReturn(published("msg-digest")));
        try (SnsSmsNotifier notifier = FakeSns.notifier(FakeSns.settings(sns.baseUrl()))) {
            String id = notifier.sendDigest(meetings(Purpose.MATERIALS_READY, "QBR with ACME", 2));

            assertThat(id).isEqualTo("msg-digest");
            assertThat(notifier.digestLimit()).isGreaterThan(1000);
        }
        List<LoggedRequest> requests = sns.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        assertThat(form(requests.get(0)).get("Message"))
                .isEqualTo(
                        "Exec Assistant: materials for 2 meetings are ready, first 'QBR with ACME'"
                                + " (Thu 10:00). Open the app or Slack to see them.");
    }
}
