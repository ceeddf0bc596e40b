package com.execassistant.core.notify.slack;

import static com.execassistant.core.notify.slack.FakeSlackWeb.DM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.notify.NotificationException;
import com.execassistant.core.notify.Purpose;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Finding a message already posted for a run and purpose, after a crash before it was recorded. */
class SlackSentLookupTest {

    private final FakeSlackWeb slack = new FakeSlackWeb();
    private final SlackNotifier notifier = new SlackNotifier(slack.settings());

    @AfterEach
    void stop() {
        slack.close();
    }

    private static String message(String ts, String runId, String purpose) {
        return """
                {"type":"message","user":"B0BOT","bot_id":"B0BOT","text":"...","ts":"%s",
                 "metadata":{"event_type":"exec_assistant_notification",
                             "event_payload":{"run_id":"%s","purpose":"%s"}}}"""
                .formatted(ts, runId, purpose);
    }

    private void historyHolds(String... messages) {
        slack.answer(
                "conversations.history",
                "{\"ok\":true,\"has_more\":false,\"messages\":["
                        + String.join(",", messages)
                        + "]}");
    }

    @Test
    void findsTheMessageTaggedWithTheRunAndPurpose() {
        historyHolds(
                message("1700000300.000100", "run-7f3a", "MATERIALS_READY"),
                "{\"type\":\"message\",\"user\":\"U0EXEC\",\"text\":\"done\",\"ts\":\"1700000200.000100\"}",
                message("1700000100.000100", "run-7f3a", "PREP_START"),
                message("1700000000.000100", "run-other", "PREP_START"));

        assertThat(notifier.findSent("run-7f3a", Purpose.PREP_START)).contains("1700000100.000100");
    }

    @Test
    void asksForTheDirectMessagesRecentHistoryWithMetadata() {
        notifier.findSent("run-7f3a", Purpose.PREP_START);

        Map<String, String> form = slack.onlyForm("conversations.history");
        assertThat(form)
                .containsEntry("channel", DM)
                .containsEntry("include_all_metadata", "1")
                .containsEntry("limit", String.valueOf(SlackNotifier.HISTORY_LIMIT));
    }

    @Test
    void findsNothingWhenOnlyOtherPurposesOrRunsWereSent() {
        historyHolds(
                message("1700000300.000100", "run-7f3a", "MATERIALS_READY"),
                message("1700000000.000100", "run-other", "PREP_START"));

        assertThat(notifier.findSent("run-7f3a", Purpose.PREP_START)).isEmpty();
    }

    @Test
    void ignoresMetadataOfOtherApps() {
        historyHolds(
                """
                {"type":"message","ts":"1700000000.000100","metadata":{"event_type":"deploy_done",
                 "event_payload":{"run_id":"run-7f3a","purpose":"PREP_START"}}}""");

        assertThat(notifier.findSent("run-7f3a", Purpose.PREP_START)).isEmpty();
    }

    @Test
    void aFailedLookupIsAPlainReasonNotAnAnswer() {
        slack.answer("conversations.history", "{\"ok\":false,\"error\":\"missing_scope\"}");

        assertThatThrownBy(() -> notifier.findSent("run-7f3a", Purpose.PREP_START))
                .isInstanceOf(NotificationException.class)
                .hasMessage("Slack rejected the history request: missing_scope");
    }

    @Test
    void findsWhatTheNotifierItselfPosted() {
        notifier.send(SlackNotifierTest.prepStart(java.util.List.of()));
        String metadata = slack.onlyForm("chat.postMessage").get("metadata");
        historyHolds(
                "{\"type\":\"message\",\"ts\":\"1700000000.000100\",\"metadata\":"
                        + metadata
                        + "}");

        assertThat(notifier.findSent("run-7f3a", Purpose.PREP_START)).contains("1700000000.000100");
    }
}
