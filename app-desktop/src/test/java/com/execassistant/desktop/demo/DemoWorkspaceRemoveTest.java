package com.execassistant.desktop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.account.Account;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepStep;
import com.execassistant.desktop.prep.PrepRuntime;
import com.execassistant.desktop.store.SkipRepository;
import com.execassistant.desktop.sync.CalendarSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leaving the demo: everything of the demo goes, nothing of the user's own calendar does. */
class DemoWorkspaceRemoveTest {

    @TempDir Path dir;
    private DemoFixture f;

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void removingTheDemoLeavesNoDemoDataAndKeepsTheRealAccount() throws Exception {
        f = new DemoFixture(dir, DemoFixture.TUESDAY_MORNING);
        Account real = f.addRealAccount();
        DemoResult demo = DemoWorkspace.create(f.rt);
        MeetingRecord realMeeting =
                f.rt.meetings()
                        .meetings(real.id(), CalendarSources.ICS_CALENDAR_ID)
                        .values()
                        .iterator()
                        .next();
        PrepRuntime engine = f.startEngine();
        PrepRun realRun = engine.coordinator().startNow(realMeeting.id());
        finishQandA(engine, demo.dueRunId());
        finishQandA(engine, realRun.runId());
        SkipRepository skips = new SkipRepository(f.rt.database());
        skips.skip(f.demoMeeting("Alex / Priya 1:1").id());
        skips.skip(f.demoMeeting("Weekly staff meeting").event().seriesId());
        skips.skip(realMeeting.id());
        List<String> demoRuns = f.runsOf(demo.accountId()).stream().map(PrepRun::runId).toList();
        engine.close();
        f.engine = null;

        DemoRemoval removal = DemoWorkspace.remove(f.rt);

        assertThat(removal.accounts()).containsExactly(demo.accountId());
        assertThat(removal.meetings()).isEqualTo(demo.meetings());
        assertThat(DemoWorkspace.isDemo(f.rt)).isFalse();
        assertThat(f.rt.accounts().all()).extracting(Account::id).containsExactly(real.id());
        assertNoRowsOf(demo.accountId(), demoRuns);
        assertThat(f.count("prep_skip", "target_id LIKE ?", "%demo.example%")).isZero();
        assertThat(f.rt.sources().vault().get(CalendarSources.icsSourceKey(demo.accountId())))
                .isEmpty();
        assertThat(dir.resolve("materials").resolve(demo.accountId())).doesNotExist();
        assertThat(dir.resolve("materials").resolve(".staging"))
                .isDirectoryNotContaining(p -> demoRuns.stream().anyMatch(isStagingOf(p)))
                .isDirectoryContaining(p -> isStagingOf(p).test(realRun.runId()));
        assertThat(dir.resolve("demo")).doesNotExist();
        assertThat(dir.resolve("context")).isEmptyDirectory();
        assertRealDataKept(real, realMeeting, realRun);
    }

    @Test
    void anEditedSampleContextFileIsKept() throws Exception {
        f = new DemoFixture(dir, DemoFixture.TUESDAY_MORNING);
        DemoWorkspace.create(f.rt);
        Path budget = dir.resolve("context").resolve("budget.yaml");
        Files.writeString(budget, Files.readString(budget).replace("1200000", "1250000"));

        DemoRemoval removal = DemoWorkspace.remove(f.rt);

        assertThat(removal.keptContextFiles()).containsExactly("budget.yaml");
        try (var left = Files.list(dir.resolve("context"))) {
            assertThat(left).containsExactly(budget);
        }
    }

    @Test
    void theUsersOwnContextFilesAreNeitherReplacedNorRemoved() throws Exception {
        f = new DemoFixture(dir, DemoFixture.TUESDAY_MORNING);
        Path mine = dir.resolve("context").resolve("incidents.yaml");
        Files.createDirectories(mine.getParent());
        Files.writeString(mine, "incidents: []\n");

        DemoResult demo = DemoWorkspace.create(f.rt);
        DemoWorkspace.remove(f.rt);

        assertThat(demo.contextFiles()).isEmpty();
        try (var left = Files.list(dir.resolve("context"))) {
            assertThat(left).containsExactly(mine);
        }
        assertThat(mine).hasContent("incidents: []");
    }

    @Test
    void removingWhenThereIsNoDemoChangesNothing() throws Exception {
        f = new DemoFixture(dir, DemoFixture.TUESDAY_MORNING);
        Account real = f.addRealAccount();

        DemoRemoval removal = DemoWorkspace.remove(f.rt);

        assertThat(removal.accounts()).isEmpty();
        assertThat(f.rt.accounts().all()).extracting(Account::id).containsExactly(real.id());
        assertThat(f.count("meeting", "account_id = ?", real.id())).isEqualTo(1);
    }

    @Test
    void theDemoCanBeCreatedAgainAfterItWasRemoved() {
        f = new DemoFixture(dir, DemoFixture.TUESDAY_MORNING);
        DemoResult first = DemoWorkspace.create(f.rt);
        DemoWorkspace.remove(f.rt);

        DemoResult second = DemoWorkspace.create(f.rt);

        assertThat(second.created()).isTrue();
        assertThat(second.meetings()).isEqualTo(first.meetings());
        assertThat(second.contextFiles()).hasSize(5);
    }

    private static java.util.function.Predicate<String> isStagingOf(Path p) {
        return runId -> p.getFileName().toString().equals(runId + ".json");
    }

    private void finishQandA(PrepRuntime engine, String runId) throws InterruptedException {
        f.await(runId, r -> r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION);
        f.awaitIdle(runId);
        engine.chat().answer(runId, null, "done");
        f.await(runId, r -> r.materialsLocation() != null);
    }

    private void assertNoRowsOf(String accountId, List<String> runs) {
        for (String table : List.of("account", "meeting", "sync_state", "prep_event", "prep_run")) {
            String key = table.equals("account") ? "id = ?" : "account_id = ?";
            assertThat(f.count(table, key, accountId)).as(table).isZero();
        }
        assertThat(runs).isNotEmpty();
        for (String run : runs) {
            assertThat(f.count("chat_session", "run_id = ?", run)).as("chat of " + run).isZero();
            assertThat(f.count("notification_log", "run_id = ?", run))
                    .as("notifications of " + run)
                    .isZero();
        }
    }

    private void assertRealDataKept(Account real, MeetingRecord meeting, PrepRun run) {
        assertThat(f.count("meeting", "account_id = ?", real.id())).isEqualTo(1);
        assertThat(f.count("prep_run", "run_id = ?", run.runId())).isEqualTo(1);
        assertThat(f.count("chat_session", "run_id = ?", run.runId())).isEqualTo(1);
        assertThat(f.count("notification_log", "run_id = ?", run.runId())).isPositive();
        assertThat(f.count("prep_skip", "target_id = ?", meeting.id())).isEqualTo(1);
        assertThat(f.rt.sources().vault().get(CalendarSources.icsSourceKey(real.id()))).isPresent();
        assertThat(dir.resolve("materials").resolve(real.id()).resolve(meeting.id()))
                .isDirectoryContaining(p -> p.getFileName().toString().equals("agenda.html"));
    }
}
