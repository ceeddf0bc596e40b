package com.execassistant.core.notify.slack;

import com.execassistant.core.notify.Channel;
import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.NotificationException;
import com.execassistant.core.notify.Notifier;
import com.execassistant.core.notify.Purpose;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Slack channel: a direct message from the bot to the user, in Block Kit, with the run's
 * buttons and the materials uploaded into the same DM. Each message carries metadata naming its run
 * and purpose, so {@link #findSent} can tell after a crash whether it already went out.
 */
public final class SlackNotifier implements Notifier {

    /** The metadata event type on every message this channel posts. */
    public static final String EVENT_TYPE = "exec_assistant_notification";

    /** How many recent DM messages {@link #findSent} looks through. */
    static final int HISTORY_LIMIT = 100;

    /** The SDK's own JSON conventions (snake case, its block adapters); thread-safe. */
    private static final com.google.gson.Gson JSON =
            com.slack.api.util.json.GsonFactory.createSnakeCase();

    private final SlackWeb web;

    public SlackNotifier(SlackWeb web) {
        this.web = web;
    }

    public SlackNotifier(SlackSettings settings) {
        this(new SlackWeb(settings));
    }

    @Override
    public Channel channel() {
        return Channel.SLACK;
    }

    @Override
    public boolean configured() {
        return web.settings().canSend();
    }

    /**
     * Posts the message, then uploads the attachments into the DM.
     *
     * @return the message's timestamp ({@code ts}), Slack's id for it within the DM
     * @throws NotificationException when the DM, the message or an upload fails; when only an
     *     upload fails the message is already in the DM, which {@link #findSent} then reports
     */
    @Override
    public String send(Notification notification) {
        requireConfigured();
        SlackSettings settings = web.settings();
        // Check the files first: a missing file must not leave a message without its materials.
        List<FilesUploadV2Request.UploadFile> files = uploadFiles(notification.attachments());
        String dm = web.openDm(settings.userId());
        String ts =
                post(
                        dm,
                        SlackBlocks.fallbackText(notification, settings.zone()),
                        SlackBlocks.render(notification, settings.zone()),
                        metadata(notification));
        if (!files.isEmpty()) {
            upload(dm, files);
        }
        return ts;
    }

    /** As many meetings as one message's 50 blocks take. */
    @Override
    public int digestLimit() {
        return SlackDigest.MAX_ITEMS;
    }

    /**
     * Posts one message listing the meetings, each with its button, then uploads all their files as
     * one zip. The metadata lists every run, so {@link #findSent} finds each of them.
     *
     * @return the message's timestamp
     * @throws NotificationException as {@link #send}
     */
    @Override
    public String sendDigest(List<Notification> items) {
        requireConfigured();
        SlackSettings settings = web.settings();
        boolean files = MaterialsZip.needed(items);
        byte[] zip = files ? MaterialsZip.build(items) : null;
        String dm = web.openDm(settings.userId());
        String ts =
                post(
                        dm,
                        SlackDigest.fallbackText(items),
                        SlackDigest.render(items, settings.zone(), files),
                        SlackDigest.metadata(items));
        if (files) {
            String name = MaterialsZip.fileName(items);
            upload(
                    dm,
                    List.of(
                            FilesUploadV2Request.UploadFile.builder()
                                    .fileData(zip)
                                    .filename(name)
                                    .title(name)
                                    .build()));
        }
        return ts;
    }

    private String post(
            String dm, String text, List<LayoutBlock> blocks, Message.Metadata metadata) {
        // Serialised here with one shared Gson: the SDK builds a new Gson, and all its reflective
        // adapters, for every request it serialises, which cost more CPU than the rest of a send.
        String blocksJson = JSON.toJson(blocks);
        String metadataJson = JSON.toJson(metadata);
        ChatPostMessageResponse posted =
                web.call(
                        "the message",
                        "chat.postMessage",
                        () ->
                                web.methods()
                                        .chatPostMessage(
                                                r ->
                                                        r.channel(dm)
                                                                .text(text)
                                                                .blocksAsString(blocksJson)
                                                                .metadataAsString(metadataJson)
                                                                .unfurlLinks(false)));
        return posted.getTs();
    }

    private void upload(String dm, List<FilesUploadV2Request.UploadFile> files) {
        web.call(
                "the file upload",
                "files.uploadV2",
                () -> web.methods().filesUploadV2(r -> r.channel(dm).uploadFiles(files)));
    }

    /**
     * The timestamp of a message this channel already posted for the run and purpose, looking
     * through the DM's most recent messages; empty when there is none.
     *
     * @throws NotificationException when Slack cannot be asked
     */
    @Override
    public Optional<String> findSent(Notification notification) {
        return findSent(notification.runId(), notification.purpose());
    }

    public Optional<String> findSent(String runId, Purpose purpose) {
        return recentMessages().stream()
                .filter(m -> isFor(m.getMetadata(), runId, purpose))
                .map(Message::getTs)
                .findFirst();
    }

    /** One look at the DM's history for all of them (a digest a crash interrupted). */
    @Override
    public Map<String, String> findSentAll(List<Notification> notifications) {
        List<Message> recent = recentMessages();
        Map<String, String> found = new java.util.HashMap<>();
        for (Notification n : notifications) {
            recent.stream()
                    .filter(m -> isFor(m.getMetadata(), n.runId(), n.purpose()))
                    .map(Message::getTs)
                    .findFirst()
                    .ifPresent(ts -> found.put(n.runId(), ts));
        }
        return found;
    }

    private List<Message> recentMessages() {
        requireConfigured();
        String dm = web.openDm(web.settings().userId());
        ConversationsHistoryResponse history =
                web.call(
                        "the history request",
                        "conversations.history",
                        () ->
                                web.methods()
                                        .conversationsHistory(
                                                r ->
                                                        r.channel(dm)
                                                                .limit(HISTORY_LIMIT)
                                                                .includeAllMetadata(true)));
        return history.getMessages() == null ? List.of() : history.getMessages();
    }

    static Message.Metadata metadata(Notification n) {
        return Message.Metadata.builder()
                .eventType(EVENT_TYPE)
                .eventPayload(Map.of("run_id", n.runId(), "purpose", n.purpose().name()))
                .build();
    }

    // A message names its run (run_id), or a digest lists its runs (run_ids).
    private static boolean isFor(Message.Metadata metadata, String runId, Purpose purpose) {
        if (metadata == null
                || !EVENT_TYPE.equals(metadata.getEventType())
                || metadata.getEventPayload() == null) {
            return false;
        }
        Map<String, Object> payload = metadata.getEventPayload();
        boolean names =
                runId.equals(String.valueOf(payload.get("run_id")))
                        || payload.get("run_ids") instanceof List<?> runs
                                && runs.stream().anyMatch(r -> runId.equals(String.valueOf(r)));
        return names && purpose.name().equals(String.valueOf(payload.get("purpose")));
    }

    private static List<FilesUploadV2Request.UploadFile> uploadFiles(List<Path> attachments) {
        List<FilesUploadV2Request.UploadFile> files = new ArrayList<>();
        for (Path path : attachments) {
            if (!Files.isReadable(path)) {
                throw new NotificationException(
                        "The file " + path.getFileName() + " to send to Slack cannot be read.");
            }
            files.add(
                    FilesUploadV2Request.UploadFile.builder()
                            .file(path.toFile())
                            .filename(path.getFileName().toString())
                            .title(path.getFileName().toString())
                            .build());
        }
        return files;
    }

    private void requireConfigured() {
        if (!configured()) {
            throw new NotificationException(
                    "Slack is not set up: a bot token and the user's Slack member id are needed.");
        }
    }
}
