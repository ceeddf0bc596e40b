package com.execassistant.core.notify;

import static com.execassistant.core.notify.NotificationDispatcherTest.T;
import static com.execassistant.core.notify.NotificationDispatcherTest.prepStart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.notify.NotificationDispatcher.Attempt;
import com.execassistant.core.notify.NotificationDispatcher.Delivery;
import com.execassistant.core.notify.NotificationRecord.Outcome;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs that fell due together, notified in digests with the guarantees of one-by-one delivery. */
class NotificationDispatcherBatchTest {

    private final RecordingNotifier tray = new RecordingNotifier(Channel.TRAY).digesting(10);
    private final RecordingNotifier slack = new RecordingNotifier(Channel.SLACK).digesting(2);
    private final RecordingNotifier sms = new RecordingNotifier(Channel.SMS);
    private final List<Notifier> channels = new ArrayList<>(List.of(tray, slack, sms));
    private final InMemoryNotificationLog log = new InMemoryNotificationLog();
    private final NotificationDispatcher dispatcher =
            new NotificationDispatcher(
                    () -> List.copyOf(channels), log, Clock.fixed(T, ZoneOffset.UTC));

    private static List<Notification> batch(String... runIds) {
        List<Notification> batch = new ArrayList<>();
        for (String runId : runIds) {
            batch.add(prepStart(runId));
        }
        return batch;
    }

    private static List<String> runs(List<Notification> notifications) {
        return notifications.stream().map(Notification::runId).toList();
    }

    private List<Outcome> outcomes(String runId) {
        return log.history(runId, Purpose.PREP_START, "").stream()
                .map(NotificationRecord::outcome)
                .toList();
    }

    private static Attempt sent(Channel channel, String ref) {
        return new Attempt(new Delivery(channel, ref, false), null);
    }

    @Test
    void runsDueTogetherGoOutInOneDigest() {
        List<Attempt> attempts = dispatcher.deliverAll(batch("r1", "r2", "r3"), "");

        assertThat(tray.digests()).hasSize(1);
        assertThat(runs(tray.digests().get(0))).containsExactly("r1", "r2", "r3");
        assertThat(tray.sent()).isEmpty();
        assertThat(attempts).containsOnly(sent(Channel.TRAY, "tray-digest-1")).hasSize(3);
    }

    @Test
    void eachItemOfADigestIsRecordedPendingThenSentWithTheDigestsReference() {
        dispatcher.deliverAll(batch("r1", "r2"), "");

        assertThat(log.all())
                .extracting(NotificationRecord::runId, NotificationRecord::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("r1", Outcome.PENDING),
                        org.assertj.core.groups.Tuple.tuple("r2", Outcome.PENDING),
                        org.assertj.core.groups.Tuple.tuple("r1", Outcome.SENT),
                        org.assertj.core.groups.Tuple.tuple("r2", Outcome.SENT));
        assertThat(log.history("r2", Purpose.PREP_START, "").get(1).reference())
                .isEqualTo("tray-digest-1");
    }

    @Test
    void theRecordIsReadOnceForTheWholeBatch() {
        dispatcher.deliverAll(batch("r1", "r2", "r3", "r4"), "");

        assertThat(log.reads()).isEqualTo(1);
    }

    @Test
    void moreItemsThanADigestTakesGoInFurtherDigests() {
        tray.unconfigured();

        List<Attempt> attempts = dispatcher.deliverAll(batch("r1", "r2", "r3", "r4", "r5"), "");

        assertThat(slack.digests())
                .extracting(NotificationDispatcherBatchTest::runs)
                .containsExactly(List.of("r1", "r2"), List.of("r3", "r4"));
        assertThat(runs(slack.sent())).containsExactly("r5");
        assertThat(attempts)
                .containsExactly(
                        sent(Channel.SLACK, "slack-digest-1"),
                        sent(Channel.SLACK, "slack-digest-1"),
                        sent(Channel.SLACK, "slack-digest-2"),
                        sent(Channel.SLACK, "slack-digest-2"),
                        sent(Channel.SLACK, "slack-1"));
    }

    @Test
    void aChannelWithoutADigestSendsOneByOne() {
        tray.unconfigured();
        slack.unconfigured();

        List<Attempt> attempts = dispatcher.deliverAll(batch("r1", "r2"), "");

        assertThat(runs(sms.sent())).containsExactly("r1", "r2");
        assertThat(attempts)
                .containsExactly(sent(Channel.SMS, "sms-1"), sent(Channel.SMS, "sms-2"));
    }

    @Test
    void itemsAlreadySentAreSkippedAndReportedAsSuchInTheBatchsOrder() {
        dispatcher.deliver(prepStart("r2"), "");

        List<Attempt> attempts = dispatcher.deliverAll(batch("r1", "r2", "r3"), "");

        assertThat(runs(tray.digests().get(0))).containsExactly("r1", "r3");
        assertThat(attempts)
                .containsExactly(
                        sent(Channel.TRAY, "tray-digest-1"),
                        new Attempt(new Delivery(Channel.TRAY, "tray-1", true), null),
                        sent(Channel.TRAY, "tray-digest-1"));
        assertThat(outcomes("r2")).containsExactly(Outcome.PENDING, Outcome.SENT);
    }

    @Test
    void aPendingItemTheChannelConfirmsIsNotSentAgain() {
        tray.lookingUpSent().deliveredBefore(prepStart("r2"), "tray-before-crash");
        log.record(
                new NotificationRecord(
                        "r2",
                        Purpose.PREP_START,
                        "",
                        Channel.TRAY,
                        Outcome.PENDING,
                        null,
                        null,
                        T));

        List<Attempt> attempts = dispatcher.deliverAll(batch("r1", "r2", "r3"), "");

        assertThat(attempts.get(1))
                .isEqualTo(
                        new Attempt(new Delivery(Channel.TRAY, "tray-before-crash", true), null));
        assertThat(runs(tray.digests().get(0))).containsExactly("r1", "r3");
        assertThat(tray.sent()).isEmpty();
        assertThat(outcomes("r2")).containsExactly(Outcome.PENDING, Outcome.SENT);
    }

    @Test
    void aPendingItemTheChannelCannotConfirmGoesOutAgainWithTheOthers() {
        log.record(
                new NotificationRecord(
                        "r2",
                        Purpose.PREP_START,
                        "",
                        Channel.TRAY,
                        Outcome.PENDING,
                        null,
                        null,
                        T));

        List<Attempt> attempts = dispatcher.deliverAll(batch("r1", "r2", "r3"), "");

        // The tray cannot tell whether r2 went out before the crash: it is sent again (ADR
        // 0006's one window for a repeat), in the same digest as the others.
        assertThat(tray.sent()).isEmpty();
        assertThat(runs(tray.digests().get(0))).containsExactlyInAnyOrder("r1", "r2", "r3");
        assertThat(attempts).allMatch(Attempt::delivered);
    }

    @Test
    void aRunListedTwiceIsSentOnce() {
        List<Attempt> attempts = dispatcher.deliverAll(batch("r1", "r2", "r1"), "");

        assertThat(runs(tray.digests().get(0))).containsExactly("r1", "r2");
        assertThat(tray.sent()).isEmpty();
        assertThat(attempts.get(2))
                .isEqualTo(new Attempt(new Delivery(Channel.TRAY, "tray-digest-1", true), null));
    }

    @Test
    void aFailingChannelsDigestFallsThroughToTheNextChannel() {
        tray.failing("The tray is gone.");

        List<Attempt> attempts = dispatcher.deliverAll(batch("r1", "r2"), "");

        assertThat(slack.digests()).hasSize(1);
        assertThat(attempts).containsOnly(sent(Channel.SLACK, "slack-digest-1"));
        assertThat(outcomes("r1"))
                .containsExactly(Outcome.PENDING, Outcome.FAILED, Outcome.PENDING, Outcome.SENT);
        assertThat(log.history("r1", Purpose.PREP_START, "").get(1).error())
                .isEqualTo("The tray is gone.");
    }

    @Test
    void whenEveryChannelFailsEachItemGetsTheReasonsAsDeliverWouldGiveThem() {
        tray.failing("The tray is gone.");
        slack.failing("Slack rejected the message: invalid_auth");
        sms.failing("SMS could not be sent: no phone number is set up");
        String expected =
                "No channel could deliver the notification (tray: The tray is gone; slack: Slack"
                        + " rejected the message: invalid_auth; sms: SMS could not be sent: no"
                        + " phone number is set up).";

        List<Attempt> attempts = dispatcher.deliverAll(batch("r1", "r2", "r3"), "");

        assertThat(attempts).containsOnly(new Attempt(null, expected)).hasSize(3);
        assertThatThrownBy(() -> dispatcher.deliver(prepStart("r9"), "")).hasMessage(expected);
        assertThat(outcomes("r3")).endsWith(Outcome.PENDING, Outcome.FAILED).hasSize(6);
    }

    @Test
    void withNoChannelSetUpTheWholeBatchGoesToTheInbox() {
        tray.unconfigured();
        slack.unconfigured();
        sms.unconfigured();

        List<Attempt> attempts = dispatcher.deliverAll(batch("r1", "r2"), "");

        assertThat(attempts).containsOnly(sent(Channel.INBOX, "inbox")).hasSize(2);
        assertThat(outcomes("r2")).containsExactly(Outcome.SENT);
    }

    @Test
    void aBatchMixingPurposesIsRefused() {
        Notification reminder =
                new Notification(
                        "r2", Purpose.REMINDER, "Soon", "QBR", "qbr", T, null, null, null, null);

        assertThatThrownBy(() -> dispatcher.deliverAll(List.of(prepStart("r1"), reminder), ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mixes PREP_START and REMINDER");
        assertThat(log.all()).isEmpty();
    }

    @Test
    void anEmptyBatchSendsNothing() {
        assertThat(dispatcher.deliverAll(List.of(), "")).isEmpty();
        assertThat(log.all()).isEmpty();
    }

    @Test
    void aChannelWithNoPracticalLimitTakesTheWholeBatchInOneDigest() {
        tray.digesting(Integer.MAX_VALUE);

        dispatcher.deliverAll(batch("r1", "r2", "r3"), "");

        assertThat(tray.digests()).hasSize(1);
        assertThat(runs(tray.digests().get(0))).containsExactly("r1", "r2", "r3");
    }

    @Test
    void itemsThatOnlyFailedBeforeAreRetriedInADigest() {
        tray.failing("The tray is gone.");
        slack.failing("Slack is down.");
        sms.failing("SNS is down.");
        dispatcher.deliverAll(batch("r1", "r2"), "");
        tray.recover();

        List<Attempt> attempts = dispatcher.deliverAll(batch("r1", "r2"), "");

        assertThat(tray.digests()).hasSize(1);
        assertThat(attempts).containsOnly(sent(Channel.TRAY, "tray-digest-1"));
    }
}
