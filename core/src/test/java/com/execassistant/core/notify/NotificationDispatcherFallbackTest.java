package com.execassistant.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.notify.NotificationRecord.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fallback chain: first working channel wins, every attempt recorded, nothing sent twice. */
class NotificationDispatcherFallbackTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-03-02T14:00:00Z"), ZoneOffset.UTC);
    private final MemoryLog log = new MemoryLog();

    /** A channel that fails with a given sentence, or sends and counts. */
    private static final class Channelled implements Notifier {
        private final Channel channel;
        private final String failure;
        int sends;

        Channelled(Channel channel, String failure) {
            this.channel = channel;
            this.failure = failure;
        }

        @Override
        public Channel channel() {
            return channel;
        }

        @Override
        public boolean configured() {
            return true;
        }

        @Override
        public String send(Notification n) {
            sends++;
            if (failure != null) {
                throw new NotificationException(failure);
            }
            return channel + "-ref-" + sends;
        }
    }

    private static final class MemoryLog implements NotificationLog {
        final List<NotificationRecord> records = new ArrayList<>();

        @Override
        public void record(NotificationRecord r) {
            records.add(r);
        }

        @Override
        public List<NotificationRecord> history(String runId, Purpose purpose, String tag) {
            return records.stream()
                    .filter(r -> r.runId().equals(runId))
                    .filter(r -> r.purpose() == purpose && r.tag().equals(tag))
                    .toList();
        }

        @Override
        public List<NotificationRecord> forRun(String runId) {
            return records.stream().filter(r -> r.runId().equals(runId)).toList();
        }
    }

    private static Notification prepStart() {
        return new Notification(
                "run-1",
                Purpose.PREP_START,
                "Time to prep: QBR",
                "QBR",
                "qbr",
                Instant.parse("2026-03-04T14:00:00Z"),
                null,
                null,
                List.of(),
                List.of());
    }

    @Test
    void aFailedChannelFallsThroughToTheNextAndTheRecordShowsBoth() {
        Channelled slack =
                new Channelled(Channel.SLACK, "Slack rejected the message: invalid_auth");
        Channelled sms = new Channelled(Channel.SMS, null);
        NotificationDispatcher d =
                new NotificationDispatcher(() -> List.of(slack, sms), log, CLOCK);

        NotificationDispatcher.Delivery delivery = d.deliver(prepStart(), "");

        assertThat(delivery.channel()).isEqualTo(Channel.SMS);
        assertThat(log.records)
                .extracting(r -> r.channel() + " " + r.outcome())
                .containsExactly("SLACK PENDING", "SLACK FAILED", "SMS PENDING", "SMS SENT");
    }

    @Test
    void aNotificationAlreadySentIsNotSentAgain() {
        Channelled slack = new Channelled(Channel.SLACK, null);
        NotificationDispatcher d = new NotificationDispatcher(() -> List.of(slack), log, CLOCK);

        d.deliver(prepStart(), "");
        NotificationDispatcher.Delivery again = d.deliver(prepStart(), "");

        assertThat(again.alreadySent()).isTrue();
        assertThat(slack.sends).isEqualTo(1);
    }

    @Test
    void whenEveryChannelFailsTheErrorIsOneSentenceNamingEach() {
        Channelled slack = new Channelled(Channel.SLACK, "Slack answered HTTP 500.");
        Channelled sms = new Channelled(Channel.SMS, "SMS could not be sent: SNS is down");
        NotificationDispatcher d =
                new NotificationDispatcher(() -> List.of(slack, sms), log, CLOCK);

        assertThatThrownBy(() -> d.deliver(prepStart(), ""))
                .isInstanceOf(NotificationException.class)
                .hasMessage(
                        "No channel could deliver the notification (slack: Slack answered HTTP"
                                + " 500; sms: SMS could not be sent: SNS is down).");
        assertThat(log.records).filteredOn(r -> r.outcome() == Outcome.FAILED).hasSize(2);
    }
}
