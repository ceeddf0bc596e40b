package com.execassistant.core.prep;

import java.util.ArrayList;
import java.util.List;

/** What was said back to the user, in order. */
final class RecordingReplies implements ChatReplies {

    record Reply(String userRef, String text) {}

    private final List<Reply> replies = new ArrayList<>();

    @Override
    public synchronized void post(String userRef, String text) {
        replies.add(new Reply(userRef, text));
    }

    synchronized List<Reply> all() {
        return List.copyOf(replies);
    }

    synchronized List<String> texts() {
        return replies.stream().map(Reply::text).toList();
    }
}
