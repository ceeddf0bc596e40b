package com.execassistant.core.notify.slack;

import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.UserActions;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what a Socket Mode envelope asks for: a button click in the user's DM or the user's own
 * DM message, as a {@link UserActions} call to run later. Redeliveries, other people, bots and
 * edits yield nothing. Deciding only reads the parsed envelope, so it can come before the
 * acknowledgement without delaying it; the call itself runs after.
 */
final class SlackInbound {

    private static final Logger LOG = LoggerFactory.getLogger(SlackInbound.class);
    static final int REMEMBERED_IDS = 1000;

    private final UserActions actions;
    private final String userId;
    private final RecentIds recent = new RecentIds(REMEMBERED_IDS);

    SlackInbound(UserActions actions, String userId) {
        this.actions = actions;
        this.userId = userId;
    }

    /** An {@code interactive} envelope: block_actions from the notification's buttons. */
    Optional<Runnable> interactive(String envelopeId, JsonElement payload) {
        if (!recent.firstTime("envelope:" + envelopeId) || !isObject(payload)) {
            return Optional.empty();
        }
        List<Runnable> calls = clicks(payload.getAsJsonObject());
        return calls.isEmpty()
                ? Optional.empty()
                : Optional.of(() -> calls.forEach(call -> safely(envelopeId, call)));
    }

    /** An {@code events_api} envelope; Slack's event id survives redelivery, so it is a key too. */
    Optional<Runnable> event(String envelopeId, JsonElement payload) {
        if (!recent.firstTime("envelope:" + envelopeId) || !isObject(payload)) {
            return Optional.empty();
        }
        JsonObject callback = payload.getAsJsonObject();
        if (!recent.firstTime(eventKey(callback))) {
            return Optional.empty();
        }
        return message(callback).map(call -> () -> safely(envelopeId, call));
    }

    private List<Runnable> clicks(JsonObject payload) {
        List<Runnable> calls = new ArrayList<>();
        JsonElement list = payload.get("actions");
        if (!"block_actions".equals(text(payload, "type"))
                || !userId.equals(text(object(payload, "user"), "id"))
                || list == null
                || !list.isJsonArray()) {
            return calls;
        }
        for (JsonElement element : list.getAsJsonArray()) {
            if (!isObject(element)) {
                continue;
            }
            JsonObject click = element.getAsJsonObject();
            Notification.Action action = actionNamed(text(click, "action_id"));
            String runId = text(click, "value");
            if (action != null && runId != null && !runId.isBlank()) {
                calls.add(() -> actions.onAction(runId, action, userId));
            }
        }
        return calls;
    }

    private Optional<Runnable> message(JsonObject callback) {
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
            return Optional.empty();
        }
        String channel = text(event, "channel");
        String clientId = text(event, "client_msg_id");
        String messageId = clientId != null ? clientId : text(event, "ts");
        String plain = unescape(body);
        return Optional.of(() -> actions.onMessage(channel, messageId, plain, userId));
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
