package com.execassistant.desktop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.Purpose;
import com.execassistant.core.notify.slack.SlackNotifier;
import com.execassistant.core.notify.slack.SlackSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The benchmark's Slack fake, driven by the real Slack channel. */
class LoopbackSlackTest {

    private final List<String> told = new CopyOnWriteArrayList<>();
    private final LoopbackSlack slack;
    private final SlackNotifier notifier;

    LoopbackSlackTest() throws Exception {
        slack = new LoopbackSlack(2, (run, purpose) -> told.add(run + "/" + purpose));
        notifier =
                new SlackNotifier(
                        new SlackSettings(
                                "xoxb-bench",
                                null,
                                "U0BENCH",
                                slack.baseUrl(),
                                ZoneOffset.UTC,
                                Duration.ofSeconds(5)));
    }

    @AfterEach
    void close() {
        slack.close();
    }

    private static Notification prep(String runId) {
        return new Notification(
                runId,
                Purpose.PREP_START,
                "Prep",
                "QBR",
                "qbr",
                Instant.parse("2030-03-05T13:00:00Z"),
                null,
                null,
                List.of(Notification.Action.START_PREP),
                List.of());
    }

    @Test
    void aSingleMessageIsCountedForItsRun() {
        notifier.send(prep("run-1"));

        assertThat(told).containsExactly("run-1/PREP_START");
        assertThat(slack.posts("run-1", "PREP_START")).isEqualTo(1);
    }

    @Test
    void aDigestIsCountedOnceForEveryRunItLists() {
        notifier.sendDigest(List.of(prep("run-1"), prep("run-2"), prep("run-3")));

        assertThat(told)
                .containsExactly("run-1/PREP_START", "run-2/PREP_START", "run-3/PREP_START");
        assertThat(slack.posts("run-2", "PREP_START")).isEqualTo(1);
    }
}
