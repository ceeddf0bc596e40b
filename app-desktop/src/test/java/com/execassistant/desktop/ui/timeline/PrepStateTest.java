package com.execassistant.desktop.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepStep;
import com.execassistant.core.prep.RunStatus;
import com.execassistant.desktop.ui.UiFixture;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrepStateTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-26T09:00:00Z");

    private static MeetingRecord meeting(Instant trigger) {
        return new MeetingRecord(
                "id",
                "acct",
                UiFixture.event("e", "t", LATER, 2),
                "fp",
                1,
                "qbr",
                "rule",
                24,
                trigger);
    }

    @ParameterizedTest(name = "{0} at {1} reads \"{3}\"")
    @CsvSource({
        "SCHEDULED, WAIT_UNTIL_PREP_TIME, SCHEDULED, prep scheduled Thu 09:00",
        "ACTIVE, GATHER_CONTEXT, IN_PROGRESS, prep in progress",
        "ACTIVE, WAIT_FOR_CHAT_COMPLETION, DUE, prep due - waiting for your answers",
        "RETRYING, GENERATE_MATERIALS, IN_PROGRESS, prep retrying after a problem",
        "COMPLETED, DONE, READY, prep ready",
        "FAILED, GENERATE_MATERIALS, FAILED, prep failed - retry",
        "SKIPPED, DONE, SKIPPED, prep skipped",
        "CANCELLED, DONE, SKIPPED, prep stopped"
    })
    void aRunReadsAsWords(RunStatus status, PrepStep step, PrepState.Kind kind, String text) {
        PrepRun run =
                PrepRun.scheduled("id", 1, "acct", "qbr", LATER, NOW).at(step, status, LATER, NOW);

        PrepState s = PrepState.of(meeting(NOW), run, NOW, ZoneOffset.UTC);

        assertThat(s.kind()).isEqualTo(kind);
        assertThat(s.text()).isEqualTo(text);
    }

    @Test
    void aRunWithStoredMaterialsIsReadyBeforeItsReminder() {
        PrepRun run =
                PrepRun.scheduled("id", 1, "acct", "qbr", LATER, NOW)
                        .at(PrepStep.WAIT_UNTIL_REMINDER, RunStatus.ACTIVE, LATER, NOW)
                        .withMaterials("/tmp/m", "template", 12);

        assertThat(PrepState.of(meeting(NOW), run, NOW, ZoneOffset.UTC).kind())
                .isEqualTo(PrepState.Kind.READY);
    }

    @ParameterizedTest(name = "a prep at {0} reads \"{1}\"")
    @CsvSource({
        "2026-11-24T15:30:00Z, prep scheduled today 15:30",
        "2026-11-25T08:00:00Z, prep scheduled tomorrow 08:00",
        "2026-11-27T08:00:00Z, prep scheduled Fri 08:00"
    })
    void aScheduledPrepSaysWhenInWordsPeopleUse(Instant trigger, String text) {
        assertThat(PrepState.of(meeting(trigger), null, NOW, ZoneOffset.UTC).text())
                .isEqualTo(text);
    }

    @Test
    void aMeetingWithoutPrepSaysSo() {
        assertThat(PrepState.of(meeting(null), null, NOW, ZoneOffset.UTC).text())
                .isEqualTo("no prep needed");
    }
}
