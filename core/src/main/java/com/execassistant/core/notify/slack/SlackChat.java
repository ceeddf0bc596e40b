package com.execassistant.core.notify.slack;

import com.execassistant.core.notify.NotificationException;

/**
 * Plain text messages in the user's DM with the bot: how the prep Q&A asks its questions in Slack.
 * The user's replies come back through {@link SlackSocketModeListener}.
 */
public final class SlackChat {

    static final int TEXT_MAX = 3000;

    private final SlackWeb web;

    public SlackChat(SlackWeb web) {
        this.web = web;
    }

    /**
     * Posts {@code text} (Slack mrkdwn; the caller's text is escaped) into the DM with the user.
     *
     * @return the message's timestamp ({@code ts})
     * @throws NotificationException when Slack refuses or cannot be reached
     */
    public String postText(String userId, String text) {
        if (!web.settings().canSend()) {
            throw new NotificationException("Slack is not set up: a bot token is needed.");
        }
        String dm = web.openDm(userId);
        String body = SlackBlocks.cut(SlackBlocks.escape(text), TEXT_MAX);
        return web.call(
                        "the message",
                        "chat.postMessage",
                        () ->
                                web.methods()
                                        .chatPostMessage(
                                                r -> r.channel(dm).text(body).unfurlLinks(false)))
                .getTs();
    }

    /** The DM channel's id, for matching replies to this conversation. */
    public String dmWith(String userId) {
        return web.openDm(userId);
    }
}
