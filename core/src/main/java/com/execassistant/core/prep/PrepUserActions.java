package com.execassistant.core.prep;

import com.execassistant.core.chat.ChatException;
import com.execassistant.core.chat.ChatReply;
import com.execassistant.core.chat.ChatService;
import com.execassistant.core.chat.ChatSession;
import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.UserActions;
import java.util.Comparator;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a button press or a chat message from an inbound channel does: Start Prep asks the first
 * open question, Skip stops the run, a message answers the question waiting in the open Q&A the
 * user touched last.
 */
public final class PrepUserActions implements UserActions {

    private static final Logger LOG = LoggerFactory.getLogger(PrepUserActions.class);

    private final PrepRunStore runs;
    private final ChatService chat;
    private final PrepCoordinator coordinator;
    private final ChatReplies replies;
    private final PrepSnoozer snoozer;

    public PrepUserActions(
            PrepRunStore runs, ChatService chat, PrepCoordinator coordinator, ChatReplies replies) {
        this(runs, chat, coordinator, replies, null);
    }

    /**
     * @param snoozer schedules Snooze's nudge; null where the engine has none, and Snooze then
     *     leaves it to the final reminder
     */
    public PrepUserActions(
            PrepRunStore runs,
            ChatService chat,
            PrepCoordinator coordinator,
            ChatReplies replies,
            PrepSnoozer snoozer) {
        this.runs = runs;
        this.chat = chat;
        this.coordinator = coordinator;
        this.replies = replies;
        this.snoozer = snoozer;
    }

    @Override
    public void onAction(String runId, Notification.Action action, String userRef) {
        Optional<PrepRun> run = runs.find(runId);
        if (run.isEmpty()) {
            replies.post(userRef, "That prep is no longer around.");
            return;
        }
        switch (action) {
            case START_PREP -> {
                if (snoozer != null) {
                    snoozer.cancel(runId); // picked up: the nudge it was owed is moot
                }
                chat.resume(runId)
                        .ifPresentOrElse(
                                s -> replies.post(userRef, ChatService.prompt(s)),
                                () -> replies.post(userRef, "This prep has not started yet."));
            }
            case SKIP -> {
                coordinator.skip(run.get());
                replies.post(userRef, "OK - no prep for this meeting.");
            }
            case SNOOZE -> snooze(runId, userRef);
            case QUICK_PREP -> {
                coordinator.startNow(run.get().meetingId());
                replies.post(userRef, "Starting a quick prep now.");
            }
            case OPEN_MATERIALS ->
                    replies.post(
                            userRef,
                            run.get().materialsLocation() == null
                                    ? "The materials are not ready yet."
                                    : "Your materials are in " + run.get().materialsLocation());
        }
    }

    private void snooze(String runId, String userRef) {
        if (snoozer == null) {
            replies.post(
                    userRef,
                    "OK - I'll nudge you again with the final reminder before the meeting.");
            return;
        }
        try {
            replies.post(userRef, snoozer.snooze(runId, null).message());
        } catch (PrepException e) {
            replies.post(userRef, e.getMessage());
        }
    }

    @Override
    public void onMessage(String conversationRef, String messageId, String text, String userRef) {
        // The Q&A the user touched last (asked, answered, or picked up with Start Prep) gets it.
        Optional<ChatSession> open =
                runs.unfinished().stream()
                        .filter(r -> r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION)
                        .flatMap(r -> chat.find(r.runId()).stream())
                        .filter(s -> !s.state().finished())
                        .max(Comparator.comparing(ChatSession::updatedAt));
        if (open.isEmpty()) {
            replies.post(userRef, "There is no prep waiting for answers right now.");
            return;
        }
        try {
            ChatReply reply = chat.answer(open.get().runId(), messageId, text);
            if (!reply.duplicate()) {
                replies.post(userRef, reply.text());
            }
        } catch (ChatException e) {
            LOG.info("Message not taken: {}", e.getMessage());
            replies.post(userRef, e.getMessage());
        }
    }

    /** The session a user would continue, for channels that show it (the terminal, the app). */
    public Optional<ChatSession> session(String runId) {
        return chat.find(runId);
    }
}
