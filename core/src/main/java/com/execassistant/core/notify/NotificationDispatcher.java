package com.execassistant.core.notify;

import com.execassistant.core.notify.NotificationRecord.Outcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a notification on the first channel that works, in the user's order, and records every
 * attempt. A notification already sent for the same run, purpose and tag is not sent again, so a
 * resumed workflow step cannot notify twice.
 *
 * <p>Intent is recorded (PENDING) before each send. If a crash leaves a PENDING record, the channel
 * is asked whether the message went out ({@link Notifier#findSent}); a channel that cannot tell is
 * tried again, which is the one case where a duplicate is possible (see the ADR).
 */
public final class NotificationDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final Supplier<List<Notifier>> channels;
    private final NotificationLog log;
    private final Clock clock;

    /**
     * @param channels the user's channels in order of preference, read at each delivery
     */
    public NotificationDispatcher(
            Supplier<List<Notifier>> channels, NotificationLog log, Clock clock) {
        this.channels = channels;
        this.log = log;
        this.clock = clock;
    }

    /** A delivery: which channel took it and its reference. */
    public record Delivery(Channel channel, String reference, boolean alreadySent) {}

    /**
     * Sends unless already sent.
     *
     * @throws NotificationException naming every channel's failure when none could deliver
     */
    public Delivery deliver(Notification n, String tag) {
        List<NotificationRecord> history = log.history(n.runId(), n.purpose(), tag);
        Optional<NotificationRecord> sent =
                history.stream().filter(r -> r.outcome() == Outcome.SENT).findFirst();
        if (sent.isPresent()) {
            return new Delivery(sent.get().channel(), sent.get().reference(), true);
        }
        List<Notifier> configured = channels.get().stream().filter(Notifier::configured).toList();
        if (configured.isEmpty()) {
            // Nothing to push through: the run itself (the app's list, prep list) is the message.
            log.record(record(n, tag, Channel.INBOX, Outcome.SENT, "inbox", null));
            return new Delivery(Channel.INBOX, "inbox", false);
        }
        List<String> failures = new ArrayList<>();
        for (Notifier channel : configured) {
            Optional<String> earlier = pendingConfirmed(channel, n, tag, history);
            if (earlier.isPresent()) {
                log.record(record(n, tag, channel.channel(), Outcome.SENT, earlier.get(), null));
                return new Delivery(channel.channel(), earlier.get(), true);
            }
            log.record(record(n, tag, channel.channel(), Outcome.PENDING, null, null));
            try {
                String ref = channel.send(n);
                log.record(record(n, tag, channel.channel(), Outcome.SENT, ref, null));
                return new Delivery(channel.channel(), ref, false);
            } catch (
                    RuntimeException
                            e) { // NotificationException, and any channel bug: fall through
                String reason = reason(e);
                LOG.warn(
                        "{} notification for {} failed on {}: {}",
                        n.purpose(),
                        n.runId(),
                        channel.channel(),
                        reason);
                log.record(record(n, tag, channel.channel(), Outcome.FAILED, null, reason));
                failures.add(failure(channel.channel(), reason));
            }
        }
        throw new NotificationException(failureMessage(failures));
    }

    /** The plain reason a channel failed: its exception's message, else the exception's kind. */
    static String reason(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** One channel's failure as an entry of {@link #failureMessage}'s list. */
    static String failure(Channel channel, String reason) {
        // Each reason is a sentence of its own; inside the list its full stop goes.
        return channel.name().toLowerCase(java.util.Locale.ROOT)
                + ": "
                + reason.strip().replaceAll("\\.+$", "");
    }

    /** Why no channel could deliver, naming each channel's failure. */
    static String failureMessage(List<String> failures) {
        return failures.isEmpty()
                ? "No notification channel is set up."
                : "No channel could deliver the notification ("
                        + String.join("; ", failures)
                        + ").";
    }

    /**
     * The outcome of one notification of a batch: delivered, or the plain reason no channel could
     * take it.
     */
    public record Attempt(Delivery delivery, String failure) {

        public boolean delivered() {
            return delivery != null;
        }
    }

    /**
     * Sends a batch of notifications of one purpose (runs that fell due together), each unless
     * already sent, in as few messages as the channels allow: a channel with a digest gets one
     * message per {@link Notifier#digestLimit()} items. The record and the guarantees are those of
     * {@link #deliver}, per item; a notification with an earlier attempt on record (a crash) goes
     * through {@link #deliver} on its own. The outcome of each is returned in the batch's order,
     * and one notification failing never stops the others.
     *
     * @throws IllegalArgumentException when the batch mixes purposes
     */
    public List<Attempt> deliverAll(List<Notification> batch, String tag) {
        return deliverAll(batch, tag, () -> {});
    }

    /**
     * As {@link #deliverAll(List, String)}, running {@code beforeSending} once before anything
     * reaches the user, after the batch's intent is on record: what must exist when the user reacts
     * (the Q&A the message opens) can be written meanwhile. If it fails, nothing is sent and the
     * failure is thrown.
     */
    public List<Attempt> deliverAll(List<Notification> batch, String tag, Runnable beforeSending) {
        return new BatchDelivery(this, channels.get(), log, clock, beforeSending)
                .deliver(batch, tag);
    }

    private static Optional<String> pendingConfirmed(
            Notifier channel, Notification n, String tag, List<NotificationRecord> history) {
        boolean pending =
                history.stream()
                        .filter(r -> r.channel() == channel.channel())
                        .reduce((a, b) -> b)
                        .map(r -> r.outcome() == Outcome.PENDING)
                        .orElse(false);
        return pending ? channel.findSent(n) : Optional.empty();
    }

    private NotificationRecord record(
            Notification n,
            String tag,
            Channel channel,
            Outcome outcome,
            String ref,
            String error) {
        return new NotificationRecord(
                n.runId(), n.purpose(), tag, channel, outcome, ref, error, clock.instant());
    }
}
