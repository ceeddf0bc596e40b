package com.execassistant.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.notify.NotificationDispatcher.Delivery;
import com.execassistant.core.notify.NotificationRecord.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationDispatcherTest {

    static final Instant T = Instant.parse("2026-03-02T14:00:00Z");

    private final RecordingNotifier tray = new RecordingNotifier(Channel.TRAY);
    private final RecordingNotifier slack = new RecordingNotifier(Channel.SLACK);
    private final RecordingNotifier sms = new RecordingNotifier(Channel.SMS);
    private final List<Notifier> channels = new ArrayList<>(List.of(tray, slack, sms));
    private final InMemoryNotificationLog log = new InMemoryNotificationLog();
    private final NotificationDispatcher dispatcher =
            new NotificationDispatcher(
                    () -> List.copyOf(channels), log, Clock.fixed(T, ZoneOffset.UTC));

    static Notification prepStart(String runId) {
        return new Notification(
                runId,
                Purpose.PREP_START,
                "Time to prep: QBR with ACME",
                "QBR with ACME",
                "qbr",
                T.plusSeconds(86400),
                null,
                null,
                List.of(Notification.Action.START_PREP),
                List.of());
    }

    private List<Outcome> outcomes(Channel channel) {
        return log.all().stream()
                .filter(r -> r.channel() == channel)
                .map(NotificationRecord::outcome)
                .toList();
    }

    @Test
    void theFirstConfiguredChannelTakesTheNotification() {
        Delivery d = dispatcher.deliver(prepStart("r1"), "");

        assertThat(d).isEqualTo(new Delivery(Channel.TRAY, "tray-1", false));
        assertThat(tray.sent()).hasSize(1);
        assertThat(slack.sent()).isEmpty();
        assertThat(sms.sent()).isEmpty();
    }

    @Test
    void intentIsRecordedBeforeTheSendAndTheOutcomeAfter() {
        dispatcher.deliver(prepStart("r1"), "");

        assertThat(log.history("r1", Purpose.PREP_START, ""))
                .containsExactly(
                        new NotificationRecord(
                                "r1",
                                Purpose.PREP_START,
                                "",
                                Channel.TRAY,
                                Outcome.PENDING,
                                null,
                                null,
                                T),
                        new NotificationRecord(
                                "r1",
                                Purpose.PREP_START,
                                "",
                                Channel.TRAY,
                                Outcome.SENT,
                                "tray-1",
                                null,
                                T));
    }

    @Test
    void anUnconfiguredChannelIsSkippedWithoutARecord() {
        tray.unconfigured();

        Delivery d = dispatcher.deliver(prepStart("r1"), "");

        assertThat(d.channel()).isEqualTo(Channel.SLACK);
        assertThat(tray.sendCalls()).isZero();
        assertThat(outcomes(Channel.TRAY)).isEmpty();
    }

    @Test
    void aFailingChannelFallsThroughToTheNextAndTheFailureIsRecorded() {
        tray.failing("The tray is not available in this session.");

        Delivery d = dispatcher.deliver(prepStart("r1"), "");

        assertThat(d.channel()).isEqualTo(Channel.SLACK);
        assertThat(slack.sent()).hasSize(1);
        assertThat(outcomes(Channel.TRAY)).containsExactly(Outcome.PENDING, Outcome.FAILED);
        assertThat(log.all().get(1).error())
                .isEqualTo("The tray is not available in this session.");
    }

    @Test
    void aChannelThatBreaksUnexpectedlyAlsoFallsThrough() {
        channels.add(0, new BrokenNotifier());

        Delivery d = dispatcher.deliver(prepStart("r1"), "");

        assertThat(d.channel()).isEqualTo(Channel.TRAY);
        assertThat(log.all().get(1).error()).isEqualTo("IllegalStateException");
    }

    @Test
    void whenEveryChannelFailsTheErrorNamesEachChannelAndItsReason() {
        tray.failing("The tray is not available.");
        slack.failing("Slack said channel_not_found.");
        sms.unconfigured();

        assertThatThrownBy(() -> dispatcher.deliver(prepStart("r1"), ""))
                .isInstanceOf(NotificationException.class)
                .hasMessage(
                        "No channel could deliver the notification (tray: The tray is not"
                                + " available; slack: Slack said channel_not_found).");
        assertThat(outcomes(Channel.TRAY)).containsExactly(Outcome.PENDING, Outcome.FAILED);
        assertThat(outcomes(Channel.SLACK)).containsExactly(Outcome.PENDING, Outcome.FAILED);
    }

    @Test
    void withNoChannelSetUpTheNotificationIsKeptInTheInbox() {
        tray.unconfigured();
        slack.unconfigured();
        sms.unconfigured();

        Delivery d = dispatcher.deliver(prepStart("r1"), "");

        assertThat(d).isEqualTo(new Delivery(Channel.INBOX, "inbox", false));
        assertThat(log.history("r1", Purpose.PREP_START, ""))
                .containsExactly(
                        new NotificationRecord(
                                "r1",
                                Purpose.PREP_START,
                                "",
                                Channel.INBOX,
                                Outcome.SENT,
                                "inbox",
                                null,
                                T));
        assertThat(tray.sendCalls() + slack.sendCalls() + sms.sendCalls()).isZero();
    }

    @Test
    void theInboxIsNoFallbackWhenTheChannelsSetUpFail() {
        tray.failing("The tray is not available.");
        slack.unconfigured();
        sms.unconfigured();

        assertThatThrownBy(() -> dispatcher.deliver(prepStart("r1"), ""))
                .isInstanceOf(NotificationException.class);
        assertThat(outcomes(Channel.INBOX)).isEmpty();
    }

    @Test
    void aNotificationAlreadySentIsNotSentAgain() {
        dispatcher.deliver(prepStart("r1"), "");

        Delivery again = dispatcher.deliver(prepStart("r1"), "");

        assertThat(again).isEqualTo(new Delivery(Channel.TRAY, "tray-1", true));
        assertThat(tray.sent()).hasSize(1);
        assertThat(log.all()).hasSize(2);
    }

    @Test
    void aDeliberateRepeatWithAnotherTagIsSent() {
        dispatcher.deliver(prepStart("r1"), "");

        Delivery again = dispatcher.deliver(prepStart("r1"), "snooze-1");

        assertThat(again.alreadySent()).isFalse();
        assertThat(tray.sent()).hasSize(2);
    }

    @Test
    void aPendingSendTheChannelConfirmsIsRecordedAsSentWithoutSendingAgain() {
        slack.lookingUpSent();
        tray.unconfigured();
        Notification n = prepStart("r1");
        // A crash between the send and its outcome: PENDING on record, the message delivered.
        log.record(
                new NotificationRecord(
                        "r1",
                        Purpose.PREP_START,
                        "",
                        Channel.SLACK,
                        Outcome.PENDING,
                        null,
                        null,
                        T));
        slack.deliveredBefore(n, "1712.0001");

        Delivery d = dispatcher.deliver(n, "");

        assertThat(d).isEqualTo(new Delivery(Channel.SLACK, "1712.0001", true));
        assertThat(slack.sendCalls()).isZero();
        assertThat(outcomes(Channel.SLACK)).containsExactly(Outcome.PENDING, Outcome.SENT);
    }

    @Test
    void aPendingSendTheChannelCannotConfirmIsSentAgain() {
        tray.unconfigured();
        log.record(
                new NotificationRecord(
                        "r1",
                        Purpose.PREP_START,
                        "",
                        Channel.SLACK,
                        Outcome.PENDING,
                        null,
                        null,
                        T));

        Delivery d = dispatcher.deliver(prepStart("r1"), "");

        assertThat(d).isEqualTo(new Delivery(Channel.SLACK, "slack-1", false));
        assertThat(slack.sent()).hasSize(1);
        assertThat(outcomes(Channel.SLACK))
                .containsExactly(Outcome.PENDING, Outcome.PENDING, Outcome.SENT);
    }

    @Test
    void aPendingSendTheChannelFindsNothingOfIsSentAgain() {
        slack.lookingUpSent();
        tray.unconfigured();
        log.record(
                new NotificationRecord(
                        "r1",
                        Purpose.PREP_START,
                        "",
                        Channel.SLACK,
                        Outcome.PENDING,
                        null,
                        null,
                        T));

        Delivery d = dispatcher.deliver(prepStart("r1"), "");

        assertThat(d.alreadySent()).isFalse();
        assertThat(slack.sent()).hasSize(1);
    }

    @Test
    void theChannelsAreReadAtEachDelivery() {
        dispatcher.deliver(prepStart("r1"), "");
        channels.remove(tray);

        Delivery d = dispatcher.deliver(prepStart("r2"), "");

        assertThat(d.channel()).isEqualTo(Channel.SLACK);
    }

    /** A channel with a bug: it throws something that is not a NotificationException. */
    private static final class BrokenNotifier implements Notifier {
        @Override
        public Channel channel() {
            return Channel.SMS;
        }

        @Override
        public boolean configured() {
            return true;
        }

        @Override
        public String send(Notification notification) {
            throw new IllegalStateException();
        }
    }
}
