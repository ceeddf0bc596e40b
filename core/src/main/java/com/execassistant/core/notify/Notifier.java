package com.execassistant.core.notify;

/**
 * One notification channel. Implementations send and return, or throw {@link NotificationException}
 * with a plain reason so the dispatcher can fall through to the next channel. They never retry on
 * their own: the dispatcher owns retries and the record of what was sent, so nothing is sent twice.
 */
public interface Notifier {

    Channel channel();

    /**
     * Whether the channel is set up at all (a token, a number, a tray); unconfigured ones are
     * skipped.
     */
    boolean configured();

    /**
     * Sends the notification.
     *
     * @return a reference to what was sent (a Slack message timestamp, an SMS message id), for the
     *     record
     * @throws NotificationException when it could not be sent
     */
    String send(Notification notification);

    /**
     * Whether this notification was already delivered, for a send a crash interrupted before its
     * outcome was recorded. Channels that can look (Slack message metadata) override this; the
     * default cannot tell.
     */
    default java.util.Optional<String> findSent(Notification notification) {
        return java.util.Optional.empty();
    }

    /**
     * {@link #findSent} for several notifications of one purpose at once (a digest a crash
     * interrupted): the reference of each one found, by run id. Channels that can look in one
     * request override this.
     */
    default java.util.Map<String, String> findSentAll(java.util.List<Notification> notifications) {
        java.util.Map<String, String> found = new java.util.HashMap<>();
        for (Notification n : notifications) {
            findSent(n).ifPresent(ref -> found.put(n.runId(), ref));
        }
        return found;
    }

    /**
     * How many notifications of one purpose this channel can put into one message (a digest, for
     * runs that fell due together). 1, the default, means it has no digest: the dispatcher sends
     * them one by one.
     */
    default int digestLimit() {
        return 1;
    }

    /**
     * Sends one message telling the user about several notifications of one purpose. Called only
     * when {@link #digestLimit()} is above 1, with at least 2 and at most that many items.
     *
     * @return a reference to the one message, recorded for every item in it
     * @throws NotificationException when it could not be sent (none of the items then was)
     */
    default String sendDigest(java.util.List<Notification> items) {
        throw new UnsupportedOperationException(channel() + " has no digest");
    }
}
