package com.execassistant.core.notify.slack;

import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.UserActions;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The workflow's side of inbound Slack, recording every call in order. */
final class RecordingUserActions implements UserActions {

    record Call(String kind, String ref, String idOrAction, String text, String user) {}

    private final List<Call> all = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Call> pending = new LinkedBlockingQueue<>();

    @Override
    public void onAction(String runId, Notification.Action action, String userRef) {
        record(new Call("action", runId, action.name(), null, userRef));
    }

    @Override
    public void onMessage(String conversationRef, String messageId, String text, String userRef) {
        record(new Call("message", conversationRef, messageId, text, userRef));
    }

    private void record(Call call) {
        all.add(call);
        pending.add(call);
    }

    /** The next call, waiting for it a bounded time. */
    Call next() throws InterruptedException {
        Call call = pending.poll(FakeSocketMode.WAIT_SECONDS, TimeUnit.SECONDS);
        if (call == null) {
            throw new AssertionError("UserActions was not called");
        }
        return call;
    }

    List<Call> all() {
        return List.copyOf(all);
    }
}
