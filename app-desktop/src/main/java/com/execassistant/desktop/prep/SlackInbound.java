package com.execassistant.desktop.prep;

import com.execassistant.core.notify.slack.SlackChat;
import com.execassistant.core.notify.slack.SlackSocketModeListener;
import com.execassistant.core.notify.slack.SlackWeb;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Slack's buttons and DM replies over Socket Mode, for whichever process holds the workspace (the
 * app while it is open, or {@code run}): a laptop has no public URL for Slack to call, so the
 * process dials out instead. Clicks are handled one at a time, in the order they came.
 */
public final class SlackInbound implements AutoCloseable {

    private final SlackSocketModeListener listener;
    private final ExecutorService inbound;

    private SlackInbound(SlackSocketModeListener listener, ExecutorService inbound) {
        this.listener = listener;
        this.inbound = inbound;
    }

    /**
     * Starts listening when Slack is set up with an app-level token.
     *
     * @return the running listener, or null when there is nothing to listen to
     */
    public static SlackInbound startIfConfigured(SlackWeb slack, PrepRuntime prep) {
        if (slack == null || !slack.settings().canListen()) {
            return null;
        }
        ExecutorService inbound = Executors.newSingleThreadExecutor();
        SlackSocketModeListener listener =
                new SlackSocketModeListener(
                        slack, prep.userActions(new SlackChat(slack)::postText), inbound);
        try {
            listener.start();
        } catch (RuntimeException e) {
            inbound.shutdownNow();
            throw e;
        }
        return new SlackInbound(listener, inbound);
    }

    @Override
    public void close() {
        listener.close();
        inbound.shutdownNow();
    }
}
