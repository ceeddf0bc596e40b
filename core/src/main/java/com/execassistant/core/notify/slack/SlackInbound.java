package com.execassistant.core.notify.slack;

import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.UserActions;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Socket Mode envelopes (already acknowledged) into {@link UserActions} calls: button clicks
 * in the user's DM and the user's own DM messages. Drops redeliveries, other people, bots and
 * edits; hands the work to an executor so the socket's thread is never held up.
 */
final class SlackInbound {

    private static final Logger LOG = LoggerFactory.getLogger(SlackInbound.class);
    static final int REMEMBERED_IDS = 1000;

    private final UserActions actions;
    private final String userId;
    private final Executor work;
    private final RecentIds recent = new RecentIds(REMEMBERED_IDS);

    SlackInbound(UserActions actions, String userId, Executor work) {
        this.actions = actions;
        this.userId = userId;
        this.work = work;
    }

    /** An {@code interactive} envelope: block_actions from the notification's buttons. */
    void interactive(String envelopeId, JsonElement payload) {
        if (!recent.firstTime("envelope:" + envelopeId) || !isObject(payload)) {
            return;
        }
        work.execute(() -> safely(envelopeId, () -> clicks(payload.getAsJsonObject())));
    }

    /** An {@code events_api} envelope; Slack's event id survives redelivery, so it is the key. */
    void event(String envelopeId, JsonElement payload) {
        if (!recent.firstTime("envelope:" + envelopeId) || !isObject(payload)) {
            return;
        }
        JsonObject callback = payload.getAsJsonObject();
        if (!recent.firstTime(eventKey(callback))) {
            return;
        }
        work.execute(() -> safely(envelopeId, () -> message(callback)));
    }

    private void clicks(JsonObject payload) {
        if (!"block_actions".equals(text(payload, "type"))
                || !userId.equals(text(object(payload, "user"), "id"))) {
            return;
        }
        JsonElement list = payload.get("actions");
        if (list == null || !list.isJsonArray()) {
            return;
        }
        for (JsonElement element : list.getAsJsonArray()) {
            if (!isObject(element)) {
                continue;
            }
            JsonObject click = element.getAsJsonObject();
            Notification.Action action = actionNamed(text(click, "action_id"));
            String runId = text(click, "value");
            if (action != null && runId != null && !runId.isBlank()) {
                actions.onAction(runId, action, userId);
            }
        }
    }

    private void message(JsonObject callback) {
        JsonObject event = object(callback, "event");
        boolean fromUserInDm =
                "message".equals(text(event, "type"))
                        && "im".equals(text(event, "channel_type"))
                        // edits, joins and the bot's own posts carry a subtype or a bot id
                        && text(event, "subtype") == null
                        && text(event, "bot_id") == null
                        && userId.equals(text(event, "user"));
        String body = text(event, "text");
        if (!fromUserInDm || body == null) {
            return;
        }
        String messageId = text(event, "client_msg_id");
        actions.onMessage(
                text(event, "channel"),
                messageId != null ? messageId : text(event, "ts"),
                unescape(body),
                userId);
    }

    private static String eventKey(JsonObject callback) {
        String eventId = text(callback, "event_id");
        return eventId == null ? null : "event:" + eventId;
    }

    private static Notification.Action actionNamed(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Notification.Action.valueOf(name);
        } catch (IllegalArgumentException e) {
            LOG.info("Ignoring an unknown Slack button: {}", name);
            return null;
        }
    }

    private static void safely(String envelopeId, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // Already acknowledged, so Slack will not resend: the log is the only trace left.
            LOG.error("Handling Slack envelope {} failed: {}", envelopeId, e.toString());
        }
    }

    static String unescape(String slackText) {
        return slackText.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static boolean isObject(JsonElement e) {
        return e != null && e.isJsonObject();
    }

    private static JsonObject object(JsonObject parent, String key) {
        JsonElement e = parent == null ? null : parent.get(key);
        return isObject(e) ? e.getAsJsonObject() : null;
    }

    private static String text(JsonObject parent, String key) {
        JsonElement e = parent == null ? null : parent.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }
}
