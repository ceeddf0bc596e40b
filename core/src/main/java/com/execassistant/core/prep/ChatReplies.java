package com.execassistant.core.prep;

/** Says something back to the user in the channel they wrote from (a Slack DM). */
public interface ChatReplies {

    void post(String userRef, String text);
}
