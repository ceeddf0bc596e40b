package com.execassistant.core.notify;

/**
 * What the user can do from a notification or a chat channel, as received by an inbound channel
 * (Slack Socket Mode, the desktop, the terminal). The workflow implements it.
 */
public interface UserActions {

    /** A button was pressed for a run. Must return quickly: channels acknowledge within 3 s. */
    void onAction(String runId, Notification.Action action, String userRef);

    /**
     * The user wrote a message in a chat channel (an answer to the current prep question, or "skip"
     * / "done").
     *
     * @param conversationRef the channel's conversation (a Slack DM channel id)
     * @param messageId the channel's id of the message, so a redelivered message is not taken twice
     */
    void onMessage(String conversationRef, String messageId, String text, String userRef);
}
