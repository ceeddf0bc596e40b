package com.execassistant.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.notify.NotificationRecord.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every NotificationLog must do; run against the in-memory fake and each real adapter. */
public abstract class NotificationLogContract {

    protected static final Instant T = Instant.parse("2026-03-02T14:00:00.250Z");

    /** A fresh, empty log. */
    protected abstract NotificationLog log();

    private static NotificationRecord rec(
            String runId, Purpose purpose, String tag, Outcome outcome, int second) {
        return new NotificationRecord(
                runId,
                purpose,
                tag,
                Channel.SLACK,
                outcome,
                outcome == Outcome.SENT ? "1712.000" + second : null,
                outcome == Outcome.FAILED ? "Slack is unreachable." : null,
                T.plusSeconds(second));
    }

    @Test
    void aNotificationNeverTriedHasNoHistory() {
        NotificationLog log = log();
        assertThat(log.history("meeting-1-r1", Purpose.PREP_START, "")).isEmpty();
        assertThat(log.forRun("meeting-1-r1")).isEmpty();
    }

    @Test
    void recordsComeBackWithEveryField() {
        NotificationLog log = log();
        NotificationRecord failed =
                new NotificationRecord(
                        "meeting-1-r1",
                        Purpose.REMINDER,
                        "",
                        Channel.SMS,
                        Outcome.FAILED,
                        null,
                        "The phone number is not valid.",
                        T);
        NotificationRecord sent =
                new NotificationRecord(
                        "meeting-1-r1",
                        Purpose.REMINDER,
                        "",
                        Channel.TRAY,
                        Outcome.SENT,
                        "tray-7",
                        null,
                        T.plusMillis(1));
        log.record(failed);
        log.record(sent);

        assertThat(log.history("meeting-1-r1", Purpose.REMINDER, "")).containsExactly(failed, sent);
    }

    @Test
    void historyHoldsOnlyTheOneNotificationOldestFirst() {
        NotificationLog log = log();
        NotificationRecord pending =
                rec("meeting-1-r1", Purpose.PREP_START, "", Outcome.PENDING, 1);
        NotificationRecord sent = rec("meeting-1-r1", Purpose.PREP_START, "", Outcome.SENT, 2);
        log.record(rec("meeting-1-r2", Purpose.PREP_START, "", Outcome.SENT, 0));
        log.record(pending);
        log.record(rec("meeting-1-r1", Purpose.REMINDER, "", Outcome.SENT, 3));
        log.record(rec("meeting-1-r1", Purpose.PREP_START, "snooze-1", Outcome.SENT, 4));
        log.record(sent);

        assertThat(log.history("meeting-1-r1", Purpose.PREP_START, ""))
                .containsExactly(pending, sent);
    }

    @Test
    void recordsMadeAtTheSameMomentKeepTheOrderTheyWereMadeIn() {
        NotificationLog log = log();
        NotificationRecord pending =
                rec("meeting-1-r1", Purpose.PREP_START, "", Outcome.PENDING, 5);
        NotificationRecord sent = rec("meeting-1-r1", Purpose.PREP_START, "", Outcome.SENT, 5);
        NotificationRecord pendingAgain =
                rec("meeting-1-r1", Purpose.PREP_START, "", Outcome.PENDING, 5);
        log.record(pending);
        log.record(sent);
        log.record(pendingAgain);

        assertThat(log.history("meeting-1-r1", Purpose.PREP_START, ""))
                .containsExactly(pending, sent, pendingAgain);
    }

    @Test
    void aRunsRecordHoldsEveryPurposeAndTagOldestFirst() {
        NotificationLog log = log();
        NotificationRecord start = rec("meeting-1-r1", Purpose.PREP_START, "", Outcome.SENT, 1);
        NotificationRecord again =
                rec("meeting-1-r1", Purpose.PREP_START, "snooze-1", Outcome.SENT, 2);
        NotificationRecord ready =
                rec("meeting-1-r1", Purpose.MATERIALS_READY, "", Outcome.FAILED, 3);
        log.record(start);
        log.record(rec("meeting-2-r1", Purpose.PREP_START, "", Outcome.SENT, 2));
        log.record(again);
        log.record(ready);

        assertThat(log.forRun("meeting-1-r1")).containsExactly(start, again, ready);
    }

    @Test
    void recordsWrittenTogetherComeBackInTheirOrderWithEveryField() {
        NotificationLog log = log();
        NotificationRecord first =
                new NotificationRecord(
                        "meeting-1-r1",
                        Purpose.PREP_START,
                        "",
                        Channel.SLACK,
                        Outcome.SENT,
                        "1712.0001",
                        null,
                        T);
        NotificationRecord second =
                new NotificationRecord(
                        "meeting-2-r1",
                        Purpose.PREP_START,
                        "",
                        Channel.SLACK,
                        Outcome.FAILED,
                        null,
                        "Slack is unreachable.",
                        T);
        NotificationRecord again = rec("meeting-1-r1", Purpose.PREP_START, "", Outcome.PENDING, 0);
        log.recordAll(List.of(first, second, again));

        assertThat(log.history("meeting-1-r1", Purpose.PREP_START, ""))
                .containsExactly(first, again);
        assertThat(log.history("meeting-2-r1", Purpose.PREP_START, "")).containsExactly(second);
    }

    @Test
    void historiesGiveEachAskedRunItsOwnHistoryOldestFirst() {
        NotificationLog log = log();
        NotificationRecord pending1 =
                rec("meeting-1-r1", Purpose.PREP_START, "", Outcome.PENDING, 1);
        NotificationRecord pending2 =
                rec("meeting-2-r1", Purpose.PREP_START, "", Outcome.PENDING, 1);
        NotificationRecord sent1 = rec("meeting-1-r1", Purpose.PREP_START, "", Outcome.SENT, 2);
        log.recordAll(List.of(pending1, pending2, sent1));
        log.record(rec("meeting-1-r1", Purpose.REMINDER, "", Outcome.SENT, 3));
        log.record(rec("meeting-2-r1", Purpose.PREP_START, "snooze-1", Outcome.SENT, 4));
        log.record(rec("meeting-3-r1", Purpose.PREP_START, "", Outcome.SENT, 5));

        Map<String, List<NotificationRecord>> histories =
                log.histories(
                        List.of("meeting-1-r1", "meeting-2-r1", "meeting-9-r1"),
                        Purpose.PREP_START,
                        "");

        assertThat(histories)
                .containsOnlyKeys("meeting-1-r1", "meeting-2-r1")
                .containsEntry("meeting-1-r1", List.of(pending1, sent1))
                .containsEntry("meeting-2-r1", List.of(pending2));
    }

    @Test
    void historiesOfAThousandRunsAreAnsweredInFull() {
        NotificationLog log = log();
        List<String> runs = new ArrayList<>();
        List<NotificationRecord> records = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            runs.add("meeting-" + i + "-r1");
            records.add(rec("meeting-" + i + "-r1", Purpose.PREP_START, "", Outcome.SENT, i));
        }
        log.recordAll(records);

        Map<String, List<NotificationRecord>> histories =
                log.histories(runs, Purpose.PREP_START, "");

        assertThat(histories).hasSize(1000);
        assertThat(histories.get("meeting-999-r1")).containsExactly(records.get(999));
    }

    @Test
    void historiesOfNoRunsAreEmpty() {
        NotificationLog log = log();
        log.record(rec("meeting-1-r1", Purpose.PREP_START, "", Outcome.SENT, 1));

        assertThat(log.histories(List.of(), Purpose.PREP_START, "")).isEmpty();
    }
}
