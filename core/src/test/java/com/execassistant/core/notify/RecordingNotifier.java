package com.execassistant.core.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A notification channel for tests: it keeps what it sent, and can be told to be unconfigured, to
 * fail with a reason, or to be able to look up what it delivered before (as Slack can through
 * message metadata).
 */
public final class RecordingNotifier implements Notifier {

    private final Channel channel;
    private final List<Notification> sent = new ArrayList<>();
    private final List<List<Notification>> digests = new ArrayList<>();
    private int digestLimit = 1;
    private final Map<String, String> delivered = new LinkedHashMap<>();
    private boolean configured = true;
    private boolean canLookUp;
    private String failure;
    private int sendCalls;

    public RecordingNotifier(Channel channel) {
        this.channel = channel;
    }

    /** The channel is not set up, so the dispatcher must not use it. */
    public synchronized RecordingNotifier unconfigured() {
        configured = false;
        return this;
    }

    /** Every send fails with this plain reason, until {@link #recover()}. */
    public synchronized RecordingNotifier failing(String reason) {
        failure = reason;
        return this;
    }

    public synchronized RecordingNotifier recover() {
        failure = null;
        return this;
    }

    /** The channel can tell whether a notification already went out ({@link #findSent}). */
    public synchronized RecordingNotifier lookingUpSent() {
        canLookUp = true;
        return this;
    }

    /** The channel puts up to {@code limit} notifications into one message. */
    public synchronized RecordingNotifier digesting(int limit) {
        digestLimit = limit;
        return this;
    }

    /** As if the channel delivered {@code n} under {@code reference} before a crash. */
    public synchronized void deliveredBefore(Notification n, String reference) {
        delivered.put(key(n), reference);
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public synchronized boolean configured() {
        return configured;
    }

    @Override
    public synchronized String send(Notification notification) {
        sendCalls++;
        if (failure != null) {
            throw new NotificationException(failure);
        }
        sent.add(notification);
        String ref = channel.name().toLowerCase(java.util.Locale.ROOT) + "-" + sent.size();
        delivered.put(key(notification), ref);
        return ref;
    }

    @Override
    public synchronized int digestLimit() {
        return digestLimit;
    }

    @Override
    public synchronized String sendDigest(List<Notification> items) {
        sendCalls++;
        if (items.size() < 2 || items.size() > digestLimit) {
            throw new AssertionError("a digest of " + items.size() + " with limit " + digestLimit);
        }
        if (failure != null) {
            throw new NotificationException(failure);
        }
        digests.add(List.copyOf(items));
        String ref =
                channel.name().toLowerCase(java.util.Locale.ROOT) + "-digest-" + digests.size();
        items.forEach(n -> delivered.put(key(n), ref));
        return ref;
    }

    /** The digests that went out, in order, each with its items. */
    public synchronized List<List<Notification>> digests() {
        return List.copyOf(digests);
    }

    @Override
    public synchronized Optional<String> findSent(Notification notification) {
        return canLookUp ? Optional.ofNullable(delivered.get(key(notification))) : Optional.empty();
    }

    /** What went out, in order. */
    public synchronized List<Notification> sent() {
        return List.copyOf(sent);
    }

    /** Notifications of one purpose that went out. */
    public synchronized List<Notification> sent(Purpose purpose) {
        return sent.stream().filter(n -> n.purpose() == purpose).toList();
    }

    /** Every call to {@link #send} or {@link #sendDigest}, failed ones included. */
    public synchronized int sendCalls() {
        return sendCalls;
    }

    private static String key(Notification n) {
        return n.runId() + "/" + n.purpose();
    }
}
