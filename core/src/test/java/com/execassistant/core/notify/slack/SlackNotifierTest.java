package com.execassistant.core.notify.slack;

import static com.execassistant.core.notify.slack.FakeSlackWeb.DM;
import static com.execassistant.core.notify.slack.FakeSlackWeb.USER;
import static com.execassistant.core.notify.slack.FakeSlackWeb.json;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.notify.Channel;
import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.Notification.Action;
import com.execassistant.core.notify.NotificationException;
import com.execassistant.core.notify.Purpose;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackNotifierTest {

    private final FakeSlackWeb slack = new FakeSlackWeb();
    private final SlackNotifier notifier = new SlackNotifier(slack.settings());

    @TempDir Path dir;

    @AfterEach
    void stop() {
        slack.close();
    }

    static Notification prepStart(List<Path> files) {
        return new Notification(
                "run-7f3a",
                Purpose.PREP_START,
                "Prep for QBR with ACME starts now",
                "QBR with ACME",
                "Quarterly business review",
                Instant.parse("2030-03-05T13:00:00Z"),
                "Budget: 4% over plan. 2 open incidents.",
                "1. Priorities (10 min)\n2. Budget variance (15 min)",
                List.of(Action.START_PREP, Action.SNOOZE, Action.SKIP),
                files);
    }

    private JsonNode postedBlocks() {
        return json(slack.onlyForm("chat.postMessage").get("blocks"));
    }

    private static List<JsonNode> blocksOfType(JsonNode blocks, String type) {
        List<JsonNode> found = new ArrayList<>();
        blocks.forEach(
                b -> {
                    if (type.equals(b.path("type").asText())) {
                        found.add(b);
                    }
                });
        return found;
    }

    @Test
    void isTheSlackChannelAndConfiguredWithABotTokenAndUser() {
        assertThat(notifier.channel()).isEqualTo(Channel.SLACK);
        assertThat(notifier.configured()).isTrue();
        SlackSettings noToken = SlackSettings.of(null, null, USER, ZoneId.of("UTC"));
        assertThat(new SlackNotifier(noToken).configured()).isFalse();
    }

    @Test
    void opensTheDirectMessageWithTheUserAndPostsIntoIt() {
        String ts = notifier.send(prepStart(List.of()));

        assertThat(ts).isEqualTo("1700000000.000100");
        assertThat(slack.onlyForm("conversations.open")).containsEntry("users", USER);
        assertThat(slack.onlyForm("chat.postMessage")).containsEntry("channel", DM);
        assertThat(slack.calls("chat.postMessage").get(0).getHeader("Authorization"))
                .isEqualTo("Bearer " + FakeSlackWeb.BOT_TOKEN);
    }

    @Test
    void buttonsNameTheActionAndCarryOnlyTheRunId() {
        notifier.send(prepStart(List.of()));

        List<JsonNode> actions = blocksOfType(postedBlocks(), "actions");
        assertThat(actions).hasSize(1);
        JsonNode buttons = actions.get(0).path("elements");
        assertThat(buttons).hasSize(3);
        assertThat(buttons.findValuesAsText("action_id"))
                .containsExactly("START_PREP", "SNOOZE", "SKIP");
        assertThat(buttons.findValuesAsText("value")).containsOnly("run-7f3a");
        assertThat(buttons.get(0).path("text").path("text").asText()).isEqualTo("Start Prep");
        assertThat(buttons.get(2).path("text").path("text").asText())
                .isEqualTo("Skip this meeting");
    }

    @Test
    void showsTheHeadlineAndTheMeetingsTitleTypeAndTimeInTheUsersZone() {
        notifier.send(prepStart(List.of()));

        JsonNode blocks = postedBlocks();
        assertThat(blocksOfType(blocks, "header").get(0).path("text").path("text").asText())
                .isEqualTo("Prep for QBR with ACME starts now");
        JsonNode fields = blocksOfType(blocks, "section").get(0).path("fields");
        assertThat(fields.findValuesAsText("text"))
                .containsExactly(
                        "*Meeting*\nQBR with ACME",
                        "*Type*\nQuarterly business review",
                        // 13:00 UTC is 14:00 in Berlin in March
                        "*When*\nTue 5 Mar 2030, 14:00 CET");
    }

    @Test
    void includesTheContextSummaryAndTheAgendaPreview() {
        notifier.send(prepStart(List.of()));

        List<String> texts = new ArrayList<>();
        blocksOfType(postedBlocks(), "section")
                .forEach(s -> texts.add(s.path("text").path("text").asText()));
        assertThat(texts)
                .contains(
                        "Budget: 4% over plan. 2 open incidents.",
                        "1. Priorities (10 min)\n2. Budget variance (15 min)");
        assertThat(slack.onlyForm("chat.postMessage").get("text"))
                .isEqualTo("Prep for QBR with ACME starts now (Tue 5 Mar 2030, 14:00 CET)");
    }

    @Test
    void tagsTheMessageWithItsRunAndPurpose() {
        notifier.send(prepStart(List.of()));

        JsonNode metadata = json(slack.onlyForm("chat.postMessage").get("metadata"));
        assertThat(metadata.path("event_type").asText()).isEqualTo("exec_assistant_notification");
        assertThat(metadata.path("event_payload").path("run_id").asText()).isEqualTo("run-7f3a");
        assertThat(metadata.path("event_payload").path("purpose").asText()).isEqualTo("PREP_START");
    }

    @Test
    void uploadsTheAttachmentsIntoTheSameDirectMessage() throws Exception {
        Path agenda = Files.writeString(dir.resolve("agenda.html"), "<h1>Agenda</h1>");

        notifier.send(prepStart(List.of(agenda)));

        assertThat(slack.onlyForm("files.getUploadURLExternal"))
                .containsEntry("filename", "agenda.html")
                .containsEntry("length", "15");
        assertThat(
                        slack.server
                                .findAll(postRequestedFor(urlPathEqualTo("/upload/F0FILE")))
                                .get(0)
                                .getBodyAsString())
                .isEqualTo("<h1>Agenda</h1>");
        Map<String, String> complete = slack.onlyForm("files.completeUploadExternal");
        assertThat(complete).containsEntry("channel_id", DM);
        assertThat(json(complete.get("files")).get(0).path("id").asText()).isEqualTo("F0FILE");
    }

    @Test
    void aMissingAttachmentFailsBeforeAnythingIsPosted() {
        Path missing = dir.resolve("gone.md");

        assertThatThrownBy(() -> notifier.send(prepStart(List.of(missing))))
                .isInstanceOf(NotificationException.class)
                .hasMessage("The file gone.md to send to Slack cannot be read.");
        assertThat(slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void aRejectedTokenBecomesAPlainReason() {
        slack.answer("chat.postMessage", "{\"ok\":false,\"error\":\"invalid_auth\"}");

        assertThatThrownBy(() -> notifier.send(prepStart(List.of())))
                .isInstanceOf(NotificationException.class)
                .hasMessage("Slack rejected the message: invalid_auth");
    }

    @Test
    void aRefusedDirectMessageBecomesAPlainReason() {
        slack.answer("conversations.open", "{\"ok\":false,\"error\":\"user_not_found\"}");

        assertThatThrownBy(() -> notifier.send(prepStart(List.of())))
                .isInstanceOf(NotificationException.class)
                .hasMessage("Slack rejected the direct message: user_not_found");
        assertThat(slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void aServerErrorBecomesAPlainReason() {
        slack.answerStatus("chat.postMessage", 500);

        assertThatThrownBy(() -> notifier.send(prepStart(List.of())))
                .isInstanceOf(NotificationException.class)
                .hasMessage("Slack answered HTTP 500 to chat.postMessage.");
    }

    @Test
    void rateLimitingSaysHowLongSlackAsksToWait() {
        slack.server.stubFor(
                post(urlPathEqualTo("/api/chat.postMessage"))
                        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));

        assertThatThrownBy(() -> notifier.send(prepStart(List.of())))
                .isInstanceOf(NotificationException.class)
                .hasMessage(
                        "Slack is limiting the rate of chat.postMessage; it asks to wait 30 s.");
    }

    @Test
    void aFailedUploadIsReportedWithTheStepsError() throws Exception {
        slack.answer(
                "files.completeUploadExternal", "{\"ok\":false,\"error\":\"channel_not_found\"}");
        Path agenda = Files.writeString(dir.resolve("agenda.html"), "<h1>Agenda</h1>");

        assertThatThrownBy(() -> notifier.send(prepStart(List.of(agenda))))
                .isInstanceOf(NotificationException.class)
                .hasMessage("Slack rejected the file upload: channel_not_found");
    }

    @Test
    void aSlowSlackBecomesAPlainReasonAfterTheTimeLimit() {
        slack.server.stubFor(
                post(urlPathEqualTo("/api/chat.postMessage"))
                        .willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));

        assertThatThrownBy(() -> notifier.send(prepStart(List.of())))
                .isInstanceOf(NotificationException.class)
                .hasMessage("Slack did not answer chat.postMessage within 2 s.");
    }
}
