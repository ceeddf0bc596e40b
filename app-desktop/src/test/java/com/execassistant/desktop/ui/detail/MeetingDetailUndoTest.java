package com.execassistant.desktop.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.chat.ChatState;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepStep;
import com.execassistant.core.prep.RunStatus;
import com.execassistant.desktop.ui.DirectUiExecutor;
import com.execassistant.desktop.ui.UiFixture;
import com.execassistant.desktop.ui.app.StatusBarViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detail's type choice, Undo and Snooze, on a real workspace and without the toolkit. */
class MeetingDetailUndoTest {

    @TempDir Path dir;
    private UiFixture f;
    private MeetingDetailViewModel vm;
    private final StatusBarViewModel status = new StatusBarViewModel();

    @BeforeEach
    void open() throws Exception {
        f = new UiFixture(dir).withSampleWeek();
        vm = new MeetingDetailViewModel(f.backend, new DirectUiExecutor(), status);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theTypeListOffersAutomaticAndEveryConfiguredType() {
        vm.open(f.meeting("m-design").id());

        assertThat(vm.typeChoice().choices())
                .startsWith(TypeChoiceViewModel.AUTOMATIC)
                .contains("qbr", "one_on_one", "default");
        assertThat(vm.typeChoice().selectedProperty().get())
                .isEqualTo(TypeChoiceViewModel.AUTOMATIC);
    }

    @Test
    void aChosenTypeIsShownAsSetByYouWithAnUndoOffer() {
        vm.open(f.meeting("m-design").id());

        vm.typeChoice().choose("qbr", false);

        assertThat(vm.classificationProperty().get()).isEqualTo("Type: qbr - set by you");
        assertThat(vm.typeChoice().selectedProperty().get()).isEqualTo("qbr");
        assertThat(vm.undo().showingProperty().get()).isTrue();
        assertThat(vm.undo().messageProperty().get()).isEqualTo("Type set to qbr.");
        assertThat(vm.runProperty().get().meetingType()).isEqualTo("qbr");
    }

    @Test
    void undoOfATypeChangePutsTheClassifiersTypeAndReasonBack() {
        vm.open(f.meeting("m-design").id());
        String before = vm.classificationProperty().get();

        vm.typeChoice().choose("qbr", false);
        vm.undo().undo();

        assertThat(vm.classificationProperty().get()).isEqualTo(before);
        assertThat(vm.typeChoice().selectedProperty().get())
                .isEqualTo(TypeChoiceViewModel.AUTOMATIC);
        assertThat(vm.undo().showingProperty().get()).isFalse();
        assertThat(status.errorProperty().get()).isEmpty();
    }

    @Test
    void undoOfSkipResumesTheSameRunWhereItWas() throws Exception {
        PrepRun waiting = f.awaitRun("m-1on1", r -> r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION);
        vm.open(f.meeting("m-1on1").id());

        vm.skip();
        assertThat(f.backend.latestRun(waiting.meetingId()).orElseThrow().status())
                .isEqualTo(RunStatus.SKIPPED);
        vm.undo().undo();

        PrepRun resumed = f.backend.latestRun(waiting.meetingId()).orElseThrow();
        assertThat(resumed.runId()).isEqualTo(waiting.runId());
        assertThat(resumed.step()).isEqualTo(PrepStep.WAIT_FOR_CHAT_COMPLETION);
        assertThat(resumed.status()).isEqualTo(RunStatus.ACTIVE);
        assertThat(f.backend.chat(waiting.runId()).orElseThrow().state())
                .isNotEqualTo(ChatState.CANCELLED);
        assertThat(vm.canSkipProperty().get()).isTrue();
    }

    @Test
    void snoozeIsOfferedOnlyWhileThePrepWaitsForAnswers() throws Exception {
        f.awaitRun("m-1on1", r -> r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION);

        vm.open(f.meeting("m-lt").id());
        assertThat(vm.canSnoozeProperty().get()).isFalse();
        vm.open(f.meeting("m-1on1").id());
        assertThat(vm.canSnoozeProperty().get()).isTrue();
    }

    @Test
    void aSnoozeTooCloseToTheReminderSaysTheReminderWillDo() throws Exception {
        // The 1:1 starts in 3 h and its reminder comes 2 h before: an hour's snooze won't fit.
        f.awaitRun("m-1on1", r -> r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION);
        vm.open(f.meeting("m-1on1").id());

        vm.snooze();

        assertThat(vm.snoozeNoteProperty().get())
                .startsWith("There is no time left for a nudge: the final reminder comes at");
        assertThat(status.errorProperty().get()).isEmpty();
    }
}
