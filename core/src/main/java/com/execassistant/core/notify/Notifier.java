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
}
