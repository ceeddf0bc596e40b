package com.execassistant.core.notify;

import com.execassistant.core.notify.NotificationDispatcher.Attempt;
import com.execassistant.core.notify.NotificationDispatcher.Delivery;
import com.execassistant.core.notify.NotificationRecord.Outcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link NotificationDispatcher#deliverAll} call: the batch's record read in one query, what
 * was already sent skipped, the rest walked through the channels in digests, each digest recorded
 * PENDING before its send and SENT or FAILED after, in one write per step.
 */
final class BatchDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(BatchDelivery.class);

    private final NotificationDispatcher dispatcher;
    private final List<Notifier> channels;
    private final NotificationLog log;
    private final Clock clock;

    /** One item still to deliver, with its place in the batch and each channel's failure. */
    private record Item(int index, Notification n, List<String> failures) {}

    /** Run once before the first send, the first inbox record or the first lone delivery. */
    private Runnable beforeSending;

    BatchDelivery(
            NotificationDispatcher dispatcher,
            List<Notifier> channels,
            NotificationLog log,
            Clock clock,
            Runnable beforeSending) {
        this.beforeSending = beforeSending;
        this.dispatcher = dispatcher;
        this.channels = channels;
        this.log = log;
        this.clock = clock;
    }

    List<Attempt> deliver(List<Notification> batch, String tag) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Purpose purpose = batch.get(0).purpose();
        for (Notification n : batch) {
            if (n.purpose() != purpose) {
                throw new IllegalArgumentException(
                        "A batch of notifications has one purpose; this one mixes "
                                + purpose
                                + " and "
                                + n.purpose()
                                + ".");
            }
        }
        Attempt[] out = new Attempt[batch.size()];
        Map<String, List<NotificationRecord>> histories =
                log.histories(batch.stream().map(Notification::runId).toList(), purpose, tag);
        List<Item> fresh = new ArrayList<>();
        List<Item> interrupted = new ArrayList<>();
        List<Integer> alone = new ArrayList<>();
        Set<String> inDigest = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            Notification n = batch.get(i);
            List<NotificationRecord> history = histories.getOrDefault(n.runId(), List.of());
            NotificationRecord sent =
                    history.stream()
                            .filter(r -> r.outcome() == Outcome.SENT)
                            .findFirst()
                            .orElse(null);
            if (sent != null) {
                out[i] = new Attempt(new Delivery(sent.channel(), sent.reference(), true), null);
            } else if (!inDigest.add(n.runId())) {
                // Listed twice: checked against its first delivery, rare.
                alone.add(i);
            } else if (interrupted(history)) {
                interrupted.add(new Item(i, n, new ArrayList<>()));
            } else {
                // Never tried, or only failed before (a retry after an outage): as good as new.
                fresh.add(new Item(i, n, new ArrayList<>()));
            }
        }
        List<Notifier> configured = channels.stream().filter(Notifier::configured).toList();
        fresh.addAll(lookUp(configured, interrupted, histories, tag, out));
        if (configured.isEmpty()) {
            inbox(fresh, tag, out);
        } else {
            digests(configured, fresh, tag, out);
        }
        for (int i : alone) {
            ready();
            out[i] = alone(batch.get(i), tag);
        }
        return List.of(out);
    }

    private void ready() {
        Runnable r = beforeSending;
        if (r != null) {
            beforeSending = null;
            r.run();
        }
    }

    /**
     * Sends a crash interrupted (PENDING last): each channel is asked once for all of its
     * interrupted items whether they went out (Slack: one look at the DM's history). Those found
     * are recorded SENT; the rest are returned, to go out as if new, as {@code deliver} would.
     */
    private List<Item> lookUp(
            List<Notifier> configured,
            List<Item> interrupted,
            Map<String, List<NotificationRecord>> histories,
            String tag,
            Attempt[] out) {
        List<Item> left = new ArrayList<>(interrupted);
        for (Notifier channel : configured) {
            List<Item> pendingHere =
                    left.stream()
                            .filter(
                                    item ->
                                            lastOutcome(
                                                            histories.get(item.n().runId()),
                                                            channel.channel())
                                                    == Outcome.PENDING)
                            .toList();
            if (pendingHere.isEmpty()) {
                continue;
            }
            Map<String, String> found;
            try {
                found = channel.findSentAll(pendingHere.stream().map(Item::n).toList());
            } catch (RuntimeException e) {
                // Cannot tell now: these wait for the step's retry rather than risk a repeat.
                String reason = NotificationDispatcher.reason(e);
                for (Item item : pendingHere) {
                    out[item.index()] = new Attempt(null, reason);
                }
                left.removeAll(pendingHere);
                continue;
            }
            List<NotificationRecord> sent = new ArrayList<>();
            for (Item item : pendingHere) {
                String ref = found.get(item.n().runId());
                if (ref != null) {
                    sent.addAll(
                            records(
                                    List.of(item),
                                    tag,
                                    channel.channel(),
                                    Outcome.SENT,
                                    ref,
                                    null));
                    out[item.index()] =
                            new Attempt(new Delivery(channel.channel(), ref, true), null);
                    left.remove(item);
                }
            }
            log.recordAll(sent);
        }
        return left;
    }

    private static Outcome lastOutcome(List<NotificationRecord> history, Channel channel) {
        Outcome last = null;
        for (NotificationRecord r : history == null ? List.<NotificationRecord>of() : history) {
            if (r.channel() == channel) {
                last = r.outcome();
            }
        }
        return last;
    }

    /** Whether some channel's last record is PENDING: a send that may have gone out. */
    private static boolean interrupted(List<NotificationRecord> history) {
        Map<Channel, Outcome> last = new java.util.EnumMap<>(Channel.class);
        history.forEach(r -> last.put(r.channel(), r.outcome()));
        return last.containsValue(Outcome.PENDING);
    }

    private Attempt alone(Notification n, String tag) {
        try {
            return new Attempt(dispatcher.deliver(n, tag), null);
        } catch (NotificationException e) {
            return new Attempt(null, e.getMessage());
        }
    }

    // Nothing to push through: the runs themselves (the app's list, prep list) are the message.
    private void inbox(List<Item> items, String tag, Attempt[] out) {
        ready();
        log.recordAll(records(items, tag, Channel.INBOX, Outcome.SENT, "inbox", null));
        for (Item item : items) {
            out[item.index()] = new Attempt(new Delivery(Channel.INBOX, "inbox", false), null);
        }
    }

    private void digests(List<Notifier> configured, List<Item> items, String tag, Attempt[] out) {
        List<Item> left = items;
        for (Notifier channel : configured) {
            if (left.isEmpty()) {
                return;
            }
            List<Item> failed = new ArrayList<>();
            int limit = Math.max(1, channel.digestLimit());
            for (int from = 0; from < left.size(); ) {
                // long: a channel with no practical limit says Integer.MAX_VALUE
                int to = (int) Math.min(left.size(), (long) from + limit);
                List<Item> chunk = left.subList(from, to);
                from = to;
                if (!send(channel, chunk, tag, out)) {
                    failed.addAll(chunk);
                }
            }
            left = failed;
        }
        for (Item item : left) {
            out[item.index()] =
                    new Attempt(null, NotificationDispatcher.failureMessage(item.failures()));
        }
    }

    /** One message on one channel for a chunk; false (recorded, with reasons) when it failed. */
    private boolean send(Notifier channel, List<Item> chunk, String tag, Attempt[] out) {
        Channel name = channel.channel();
        log.recordAll(records(chunk, tag, name, Outcome.PENDING, null, null));
        try {
            ready();
        } catch (RuntimeException e) {
            // Nothing went out: on record as failed, the retry sends these in a digest again.
            log.recordAll(
                    records(
                            chunk,
                            tag,
                            name,
                            Outcome.FAILED,
                            null,
                            NotificationDispatcher.reason(e)));
            throw e;
        }
        String ref;
        try {
            ref =
                    chunk.size() == 1
                            ? channel.send(chunk.get(0).n())
                            : channel.sendDigest(chunk.stream().map(Item::n).toList());
        } catch (RuntimeException e) { // NotificationException, and any channel bug: fall through
            String reason = NotificationDispatcher.reason(e);
            LOG.warn(
                    "{} notification for {} runs failed on {}: {}",
                    chunk.get(0).n().purpose(),
                    chunk.size(),
                    name,
                    reason);
            log.recordAll(records(chunk, tag, name, Outcome.FAILED, null, reason));
            chunk.forEach(
                    item -> item.failures().add(NotificationDispatcher.failure(name, reason)));
            return false;
        }
        log.recordAll(records(chunk, tag, name, Outcome.SENT, ref, null));
        for (Item item : chunk) {
            out[item.index()] = new Attempt(new Delivery(name, ref, false), null);
        }
        return true;
    }

    private List<NotificationRecord> records(
            List<Item> items,
            String tag,
            Channel channel,
            Outcome outcome,
            String ref,
            String error) {
        // One instant for the whole step: the items went out in one message.
        var at = clock.instant();
        return items.stream()
                .map(
                        item ->
                                new NotificationRecord(
                                        item.n().runId(),
                                        item.n().purpose(),
                                        tag,
                                        channel,
                                        outcome,
                                        ref,
                                        error,
                                        at))
                .toList();
    }
}
