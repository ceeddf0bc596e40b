package com.execassistant.core.notify.slack;

import static com.execassistant.core.notify.slack.FakeSlackWeb.DM;
import static com.execassistant.core.notify.slack.FakeSlackWeb.json;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.Notification.Action;
import com.execassistant.core.notify.NotificationException;
import com.execassistant.core.notify.Purpose;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several runs of one purpose in one Slack message, through the real SDK on a loopback Slack. */
class SlackDigestTest {

    private final FakeSlackWeb slack = new FakeSlackWeb();
    private final SlackNotifier notifier = new SlackNotifier(slack.settings());

    @TempDir Path dir;

    @AfterEach
    void stop() {
        slack.close();
    }

    static Notification item(String runId, Purpose purpose, String title, List<Path> files) {
        return new Notification(
                runId,
                purpose,
                "Prep for " + title + " starts now",
                title,
                "Quarterly business review",
                Instant.parse("2030-03-05T13:00:00Z"),
                "Budget: 4% over plan.",
                "1. Priorities",
                purpose == Purpose.MATERIALS_READY
                        ? List.of(Action.OPEN_MATERIALS)
                        : List.of(Action.START_PREP, Action.SNOOZE, Action.SKIP),
                files);
    }

    static List<Notification> items(int n, Purpose purpose) {
        List<Notification> items = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            items.add(item("run-" + i, purpose, "Meeting " + i, List.of()));
        }
        return items;
    }

    private JsonNode posted() {
        return json(slack.onlyForm("chat.postMessage").get("blocks"));
    }

    private static List<JsonNode> sections(JsonNode blocks) {
        List<JsonNode> found = new ArrayList<>();
        blocks.forEach(
                b -> {
                    if ("section".equals(b.path("type").asText())) {
                        found.add(b);
                    }
                });
        return found;
    }

    @Test
    void aDigestIsOneMessageInTheDirectMessage() {
        String ts = notifier.sendDigest(items(3, Purpose.PREP_START));

        assertThat(ts).isEqualTo("1700000000.000100");
        assertThat(slack.onlyForm("chat.postMessage")).containsEntry("channel", DM);
    }

    @Test
    void theHeaderCountsTheMeetingsForThePurpose() {
        notifier.sendDigest(items(3, Purpose.PREP_START));

        assertThat(posted().get(0).path("text").path("text").asText())
                .isEqualTo("3 meetings to prep for");
        assertThat(slack.onlyForm("chat.postMessage").get("text"))
                .isEqualTo("3 meetings to prep for: Meeting 1, Meeting 2 and Meeting 3");
        assertThat(SlackDigest.headline(items(2, Purpose.MATERIALS_READY)))
                .isEqualTo("Materials ready for 2 meetings");
        assertThat(SlackDigest.headline(items(4, Purpose.REMINDER)))
                .isEqualTo("4 meetings start soon");
    }

    @Test
    void eachMeetingHasASectionWithItsTitleTypeAndTimeInTheUsersZone() {
        notifier.sendDigest(items(2, Purpose.PREP_START));

        assertThat(sections(posted()))
                .extracting(s -> s.path("text").path("text").asText())
                .containsExactly(
                        "*Meeting 1*\nQuarterly business review · Tue 5 Mar 2030, 14:00 CET\n"
                                + "Budget: 4% over plan.",
                        "*Meeting 2*\nQuarterly business review · Tue 5 Mar 2030, 14:00 CET\n"
                                + "Budget: 4% over plan.");
    }

    @Test
    void eachPrepHasTheStartPrepButtonOfASingleMessage() {
        notifier.sendDigest(items(2, Purpose.PREP_START));

        List<JsonNode> buttons = sections(posted()).stream().map(s -> s.path("accessory")).toList();
        assertThat(buttons)
                .extracting(b -> b.path("action_id").asText())
                .containsOnly("START_PREP");
        assertThat(buttons)
                .extracting(b -> b.path("value").asText())
                .containsExactly("run-1", "run-2");
        assertThat(buttons.get(0).path("text").path("text").asText()).isEqualTo("Start Prep");
    }

    @Test
    void otherPurposesOfferTheMessagesFirstAction() {
        notifier.sendDigest(items(2, Purpose.MATERIALS_READY));

        assertThat(sections(posted()))
                .extracting(s -> s.path("accessory").path("action_id").asText())
                .containsOnly("OPEN_MATERIALS");
    }

    @Test
    void aMeetingWithoutActionsHasNoButton() {
        List<Notification> cancelled = new ArrayList<>();
        for (String run : List.of("run-1", "run-2")) {
            cancelled.add(
                    new Notification(
                            run,
                            Purpose.MEETING_CANCELLED,
                            null,
                            "QBR",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
        }

        notifier.sendDigest(cancelled);

        assertThat(sections(posted()))
                .hasSize(2)
                .allMatch(s -> s.path("accessory").isMissingNode());
        assertThat(posted().get(0).path("text").path("text").asText())
                .isEqualTo("2 meetings were cancelled");
    }

    @Test
    void aFullDigestStaysWithinSlacksBlockLimit() throws Exception {
        Path agenda = Files.writeString(dir.resolve("agenda.html"), "<h1>Agenda</h1>");
        List<Notification> items = new ArrayList<>();
        for (int i = 1; i <= notifier.digestLimit(); i++) {
            items.add(item("run-" + i, Purpose.MATERIALS_READY, "Meeting " + i, List.of(agenda)));
        }

        notifier.sendDigest(items);

        assertThat(notifier.digestLimit()).isGreaterThan(1);
        assertThat(posted().size()).isLessThanOrEqualTo(SlackDigest.MAX_BLOCKS);
        assertThat(sections(posted())).hasSize(SlackDigest.MAX_SECTIONS);
        assertThat(posted().toString())
                .contains((notifier.digestLimit() - SlackDigest.MAX_SECTIONS) + " more");
        JsonNode metadata = json(slack.onlyForm("chat.postMessage").get("metadata"));
        assertThat(metadata.path("event_payload").path("run_ids")).hasSize(notifier.digestLimit());
    }

    @Test
    void theSoonestMeetingsAreListedFirst() {
        List<Notification> items = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Notification n = item("run-" + i, Purpose.PREP_START, "Meeting " + i, List.of());
            items.add(
                    new Notification(
                            n.runId(),
                            n.purpose(),
                            n.headline(),
                            n.meetingTitle(),
                            n.meetingType(),
                            java.time.Instant.parse("2026-03-05T15:00:00Z").minusSeconds(3600L * i),
                            n.summary(),
                            n.body(),
                            n.actions(),
                            n.attachments()));
        }

        notifier.sendDigest(items);

        assertThat(sections(posted()))
                .extracting(
                        s -> s.path("text").path("text").asText().lines().findFirst().orElse(""))
                .containsExactly("*Meeting 3*", "*Meeting 2*", "*Meeting 1*");
    }

    @Test
    void theMetadataListsEveryRunOfTheDigest() {
        notifier.sendDigest(items(3, Purpose.PREP_START));

        JsonNode metadata = json(slack.onlyForm("chat.postMessage").get("metadata"));
        assertThat(metadata.path("event_type").asText()).isEqualTo(SlackNotifier.EVENT_TYPE);
        assertThat(metadata.path("event_payload").path("purpose").asText()).isEqualTo("PREP_START");
        List<String> runs = new ArrayList<>();
        metadata.path("event_payload").path("run_ids").forEach(r -> runs.add(r.asText()));
        assertThat(runs).containsExactly("run-1", "run-2", "run-3");
    }

    @Test
    void everyRunOfADigestIsFoundAfterACrash() {
        notifier.sendDigest(items(3, Purpose.PREP_START));
        String metadata = slack.onlyForm("chat.postMessage").get("metadata");
        slack.answer(
                "conversations.history",
                "{\"ok\":true,\"messages\":[{\"type\":\"message\",\"ts\":\"1700000000.000100\","
                        + "\"metadata\":"
                        + metadata
                        + "}]}");

        assertThat(notifier.findSent("run-2", Purpose.PREP_START)).contains("1700000000.000100");
        assertThat(notifier.findSent("run-4", Purpose.PREP_START)).isEmpty();
        assertThat(notifier.findSent("run-2", Purpose.REMINDER)).isEmpty();
    }

    @Test
    void aDigestACrashInterruptedIsLookedUpInOneRequest() {
        List<Notification> items = items(3, Purpose.PREP_START);
        notifier.sendDigest(items);
        String metadata = slack.onlyForm("chat.postMessage").get("metadata");
        slack.answer(
                "conversations.history",
                "{\"ok\":true,\"messages\":[{\"type\":\"message\",\"ts\":\"1700000000.000100\","
                        + "\"metadata\":"
                        + metadata
                        + "}]}");

        java.util.Map<String, String> found = notifier.findSentAll(items);

        assertThat(found)
                .containsOnlyKeys("run-1", "run-2", "run-3")
                .containsValue("1700000000.000100");
        assertThat(slack.calls("conversations.history")).hasSize(1);
    }

    @Test
    void theMaterialsOfAllMeetingsAreOneZipWithAFolderPerMeeting() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        List<Notification> items =
                List.of(
                        item(
                                "run-1",
                                Purpose.MATERIALS_READY,
                                "QBR with ACME",
                                List.of(
                                        Files.writeString(a.resolve("agenda.html"), "<h1>A</h1>"),
                                        Files.writeString(a.resolve("brief.md"), "# A"))),
                        item(
                                "run-2",
                                Purpose.MATERIALS_READY,
                                "Board: Q3 / plan",
                                List.of(Files.writeString(b.resolve("agenda.html"), "<h1>B</h1>"))),
                        item("run-3", Purpose.MATERIALS_READY, "No files", List.of()));

        notifier.sendDigest(items);

        assertThat(slack.onlyForm("files.getUploadURLExternal"))
                .containsEntry("filename", "Materials for 2 meetings.zip");
        byte[] zip =
                slack.server
                        .findAll(postRequestedFor(urlPathEqualTo("/upload/F0FILE")))
                        .get(0)
                        .getBody();
        assertThat(unzip(zip))
                .containsExactly(
                        Map.entry("QBR with ACME/agenda.html", "<h1>A</h1>"),
                        Map.entry("QBR with ACME/brief.md", "# A"),
                        Map.entry("Board- Q3 - plan/agenda.html", "<h1>B</h1>"));
        assertThat(slack.onlyForm("files.completeUploadExternal")).containsEntry("channel_id", DM);
    }

    @Test
    void aDigestWithoutFilesUploadsNothing() {
        notifier.sendDigest(items(2, Purpose.MATERIALS_READY));

        assertThat(slack.calls("files.getUploadURLExternal")).isEmpty();
    }

    @Test
    void aMissingFileFailsTheDigestBeforeAnythingIsPosted() {
        Path missing = dir.resolve("gone.md");
        List<Notification> items =
                List.of(
                        item("run-1", Purpose.MATERIALS_READY, "A", List.of()),
                        item("run-2", Purpose.MATERIALS_READY, "B", List.of(missing)));

        assertThatThrownBy(() -> notifier.sendDigest(items))
                .isInstanceOf(NotificationException.class)
                .hasMessage("The file gone.md to send to Slack cannot be read.");
        assertThat(slack.calls("chat.postMessage")).isEmpty();
    }

    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
