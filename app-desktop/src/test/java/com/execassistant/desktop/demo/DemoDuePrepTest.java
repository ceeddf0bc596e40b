package com.execassistant.desktop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.context.ContextBundle;
import com.execassistant.core.context.ContextKind;
import com.execassistant.core.context.ContextSection;
import com.execassistant.core.prep.ContextJson;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepStep;
import com.execassistant.desktop.prep.PrepRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo's promise: one prep due at once, whenever the demo is created, ready to try. */
class DemoDuePrepTest {

    @TempDir Path dir;
    private DemoFixture f;

    @AfterEach
    void close() {
        f.close();
    }

    @ParameterizedTest(name = "created {0}")
    @ValueSource(
            strings = {
                "2026-03-02T06:00", // Monday before work
                "2026-03-03T10:15", // Tuesday morning
                "2026-03-04T16:45", // Wednesday, late afternoon
                "2026-03-06T22:30", // Friday night
                "2026-03-07T12:00", // Saturday
                "2026-03-26T17:59" // Thursday, last minute of working hours
            })
    void exactlyOnePrepIsDueNowAndItIsTheQbrs(String localNow) {
        f = new DemoFixture(dir, LocalDateTime.parse(localNow));

        DemoResult demo = DemoWorkspace.create(f.rt);

        List<PrepRun> due =
                f.runsOf(demo.accountId()).stream()
                        .filter(r -> !r.status().finished())
                        .filter(r -> !r.wakeAt().isAfter(f.now()))
                        .toList();
        assertThat(due).extracting(PrepRun::runId).containsExactly(demo.dueRunId());
        assertThat(f.rt.meetings().find(demo.dueMeetingId()).orElseThrow().type()).isEqualTo("qbr");
    }

    @ParameterizedTest(name = "created {0}: the 1:1 is on {1}")
    @CsvSource({
        // Its prep starts 24 h ahead: tomorrow's 10:30 works only before 10:15 today.
        "2026-03-03T08:00, 2026-03-04T10:30",
        "2026-03-03T10:15, 2026-03-05T10:30",
        // Friday: the next working day is Monday.
        "2026-03-06T09:00, 2026-03-09T10:30"
    })
    void aMeetingWhosePrepWouldAlreadyBeDueMovesToALaterWorkingDay(
            String localNow, String expected) {
        f = new DemoFixture(dir, LocalDateTime.parse(localNow));

        DemoWorkspace.create(f.rt);

        assertThat(f.demoMeeting("Alex / Priya 1:1").event().start().toLocalDateTime())
                .isEqualTo(LocalDateTime.parse(expected));
    }

    @Test
    void theDuePrepAsksTheQbrQuestionsWithTheSampleContextGathered() throws Exception {
        f = new DemoFixture(dir, DemoFixture.TUESDAY_MORNING);
        DemoResult demo = DemoWorkspace.create(f.rt);

        PrepRuntime engine = f.startEngine();
        PrepRun waiting =
                f.await(demo.dueRunId(), r -> r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION);

        assertThat(engine.chat().find(waiting.runId()).orElseThrow().questions())
                .hasSize(5)
                .first()
                .asString()
                .contains("three results");
        ContextBundle context = ContextJson.read(waiting.contextJson());
        assertThat(context.gaps()).isEmpty();
        assertThat(context.sections())
                .extracting(ContextSection::kind)
                .containsExactlyInAnyOrder(ContextKind.values());
    }

    @Test
    void creatingTheDemoOnARunningEngineStartsTheDuePrepAtOnce() throws Exception {
        f = new DemoFixture(dir, DemoFixture.TUESDAY_MORNING);
        PrepRuntime engine = f.startEngine();

        DemoResult demo = DemoWorkspace.create(f.rt, engine);

        PrepRun waiting =
                f.await(demo.dueRunId(), r -> r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION);
        assertThat(waiting.notifiedAt()).isEqualTo(f.now());
    }

    @Test
    void answeringTheDuePrepGivesItsMaterials() throws Exception {
        f = new DemoFixture(dir, DemoFixture.TUESDAY_MORNING);
        DemoResult demo = DemoWorkspace.create(f.rt);
        PrepRuntime engine = f.startEngine();
        f.await(demo.dueRunId(), r -> r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION);
        f.awaitIdle(demo.dueRunId());

        engine.chat().answer(demo.dueRunId(), "a1", "Checkout reliability is back on track");
        engine.chat().answer(demo.dueRunId(), "a2", "done");
        PrepRun ready = f.await(demo.dueRunId(), r -> r.materialsLocation() != null);

        Path agenda = Path.of(ready.materialsLocation(), "agenda.html");
        assertThat(Files.readString(agenda)).contains("Engineering QBR");
        assertThat(Files.readString(Path.of(ready.materialsLocation(), "notes.md")))
                .contains("Checkout reliability is back on track");
    }
}
