package com.execassistant.desktop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.desktop.ui.DirectUiExecutor;
import com.execassistant.desktop.ui.UiFixture;
import com.execassistant.desktop.workspace.LocalRuntime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    @TempDir Path dir;
    private UiFixture f;

    @AfterEach
    void close() {
        f.close();
    }

    /** Records what the app asked of the demo, and fills the calendar as a demo would. */
    private final class RecordingFirstRun implements FirstRun {
        final List<String> calls = new ArrayList<>();
        boolean demo;

        @Override
        public boolean isDemo(LocalRuntime runtime) {
            return demo;
        }

        @Override
        public void createDemo(LocalRuntime runtime) {
            calls.add("create");
            demo = true;
            f.withSampleWeek();
        }

        @Override
        public void removeDemo(LocalRuntime runtime) {
            calls.add("remove");
            demo = false;
            new com.execassistant.desktop.store.AccountPurge(runtime.database()).purge("acct");
        }
    }

    @Test
    void aFirstRunOnAnEmptyWorkspaceCreatesTheDemoAndLabelsIt() throws Exception {
        f = new UiFixture(dir);
        RecordingFirstRun demo = new RecordingFirstRun();
        MainViewModel vm = new MainViewModel(f.backend, new DirectUiExecutor(), demo);

        vm.start();

        assertThat(demo.calls).containsExactly("create");
        assertThat(vm.status().demoProperty().get()).isTrue();
        assertThat(vm.timeline().rowsShown()).hasSize(4);
    }

    @Test
    void thePrepEngineStartsOnceTheStoredMeetingsAreLoaded() throws Exception {
        f = new UiFixture(dir, false);
        MainViewModel vm =
                new MainViewModel(f.backend, new DirectUiExecutor(), new RecordingFirstRun());

        vm.start();

        assertThat(vm.timeline().rowsShown()).hasSize(4);
        assertThat(f.backend.startEngine()).as("already started by the window").isFalse();
    }

    @Test
    void leavingTheDemoRemovesItsMeetingsAndTheLabel() throws Exception {
        f = new UiFixture(dir);
        RecordingFirstRun demo = new RecordingFirstRun();
        MainViewModel vm = new MainViewModel(f.backend, new DirectUiExecutor(), demo);
        vm.start();

        vm.leaveDemo();

        assertThat(demo.calls).containsExactly("create", "remove");
        assertThat(vm.status().demoProperty().get()).isFalse();
        assertThat(vm.timeline().emptyTextProperty().get()).contains("Connect a calendar");
    }

    @Test
    void aWorkspaceWithMeetingsGetsNoDemo() throws Exception {
        f = new UiFixture(dir).withSampleWeek();
        RecordingFirstRun demo = new RecordingFirstRun();

        new MainViewModel(f.backend, new DirectUiExecutor(), demo).start();

        assertThat(demo.calls).isEmpty();
    }

    @Test
    void aSyncFailureShowsOnePlainSentenceWithTheDetailKept() throws Exception {
        f = new UiFixture(dir).withSampleWeek().withBrokenIcsAccount();
        MainViewModel vm = new MainViewModel(f.backend, new DirectUiExecutor(), FirstRun.NONE);

        vm.sync();

        String error = vm.status().errorProperty().get();
        assertThat(error).startsWith("One calendar could not be synced: ics-1");
        assertThat(error).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(vm.status().errorDetailProperty().get()).contains("ics-1");
        assertThat(vm.status().syncingProperty().get()).isFalse();
    }

    @Test
    void afterASyncTheStatusSaysWhenTheNextOneIs() throws Exception {
        f = new UiFixture(dir).withBrokenIcsAccount();
        MainViewModel vm = new MainViewModel(f.backend, new DirectUiExecutor(), FirstRun.NONE);

        vm.sync();

        assertThat(vm.status().syncTextProperty().get())
                .startsWith("Synced just now - 0 fetched - next in ");
    }

    @Test
    void aConnectedCalendarNeverSyncedSyncsOnTheFirstTick() throws Exception {
        f = new UiFixture(dir).withBrokenIcsAccount();
        MainViewModel vm = new MainViewModel(f.backend, new DirectUiExecutor(), FirstRun.NONE);
        vm.start();
        assertThat(vm.status().errorProperty().get()).isEmpty();

        vm.tick();

        assertThat(vm.status().errorProperty().get())
                .startsWith("One calendar could not be synced");
    }

    @Test
    void withoutAnAccountTicksNeverSync() throws Exception {
        f = new UiFixture(dir).withSampleWeek();
        MainViewModel vm = new MainViewModel(f.backend, new DirectUiExecutor(), FirstRun.NONE);
        vm.start();
        String before = vm.status().syncTextProperty().get();

        vm.tick();

        assertThat(vm.status().syncTextProperty().get()).isEqualTo(before);
        assertThat(vm.status().errorProperty().get()).isEmpty();
    }

    @Test
    void aSyncWithNoCalendarSaysHowToConnectOne() throws Exception {
        f = new UiFixture(dir);
        MainViewModel vm = new MainViewModel(f.backend, new DirectUiExecutor(), FirstRun.NONE);

        vm.sync();

        assertThat(vm.status().errorProperty().get()).contains("No calendar is connected yet");
    }

    @Test
    void openingAMeetingMakesTheChatFollowItsRun() throws Exception {
        f = new UiFixture(dir).withSampleWeek();
        f.awaitRun(
                "m-1on1",
                r -> r.step() == com.execassistant.core.prep.PrepStep.WAIT_FOR_CHAT_COMPLETION);
        MainViewModel vm = new MainViewModel(f.backend, new DirectUiExecutor(), FirstRun.NONE);
        vm.start();

        vm.open(vm.timeline().rowsShown().get(0));

        assertThat(vm.meetingOpenProperty().get()).isTrue();
        assertThat(vm.chat().progressProperty().get()).startsWith("Question 1 of ");
    }

    @Test
    void openingARunFromATrayMessageOpensItsMeeting() throws Exception {
        f = new UiFixture(dir).withSampleWeek();
        var run =
                f.awaitRun(
                        "m-qbr",
                        r ->
                                r.step()
                                        == com.execassistant.core.prep.PrepStep
                                                .WAIT_FOR_CHAT_COMPLETION);
        MainViewModel vm = new MainViewModel(f.backend, new DirectUiExecutor(), FirstRun.NONE);
        vm.start();
        vm.settingsShownProperty().set(true);

        vm.openRun(run.runId());

        assertThat(vm.meetingOpenProperty().get()).isTrue();
        assertThat(vm.settingsShownProperty().get()).isFalse();
        assertThat(vm.detail().titleProperty().get()).isEqualTo(UiFixture.QBR);
        assertThat(vm.openedMeetingProperty().get())
                .as("the timeline is told which meeting to select")
                .isEqualTo(run.meetingId());
    }

    @Test
    void openingARunThatIsGoneSaysSoPlainly() throws Exception {
        f = new UiFixture(dir).withSampleWeek();
        MainViewModel vm = new MainViewModel(f.backend, new DirectUiExecutor(), FirstRun.NONE);

        vm.openRun("no-such-run");

        assertThat(vm.meetingOpenProperty().get()).isFalse();
        assertThat(vm.status().errorProperty().get())
                .isEqualTo("That prep is no longer in this workspace.");
    }
}
