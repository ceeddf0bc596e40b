package com.execassistant.desktop.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

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

class MeetingDetailViewModelTest {

    @TempDir Path dir;
    private UiFixture f;
    private MeetingDetailViewModel vm;

    @BeforeEach
    void open() throws Exception {
        f = new UiFixture(dir).withSampleWeek();
        vm =
                new MeetingDetailViewModel(
                        f.backend, new DirectUiExecutor(), new StatusBarViewModel());
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void showsTimeAttendeesWithTheirAnswersAndWhyItHasItsType() {
        vm.open(f.meeting("m-lt").id());

        assertThat(vm.titleProperty().get()).isEqualTo(UiFixture.LEADERSHIP);
        assertThat(vm.whenProperty().get()).endsWith("(your time)");
        assertThat(vm.classificationProperty().get())
                .startsWith("Type: leadership_meeting: ")
                .contains("leadership");
        assertThat(vm.attendees())
                .hasSize(12)
                .contains("Dana - Accepted", "p3@example.com - Tentative");
    }

    @Test
    void theGatheredContextAndItsGapsAreShownOnceThePrepRan() throws Exception {
        f.awaitRun("m-1on1", r -> r.contextJson() != null);

        vm.open(f.meeting("m-1on1").id());

        assertThat(vm.context().size() + vm.gaps().size()).isPositive();
        assertThat(vm.runProperty().get()).isNotNull();
    }

    @Test
    void prepNowStartsTheRunOfAScheduledMeeting() throws Exception {
        vm.open(f.meeting("m-lt").id());
        assertThat(vm.canPrepNowProperty().get()).isTrue();

        vm.prepNow();

        assertThat(f.awaitRun("m-lt", r -> r.step() != PrepStep.WAIT_UNTIL_PREP_TIME).status())
                .isIn(RunStatus.ACTIVE, RunStatus.COMPLETED);
    }

    @Test
    void skipStopsTheRunAndSaysSo() throws Exception {
        vm.open(f.meeting("m-lt").id());

        vm.skip();

        assertThat(f.awaitRun("m-lt", r -> r.status().finished()).status())
                .isEqualTo(RunStatus.SKIPPED);
        assertThat(vm.prepProperty().get()).isEqualTo("prep skipped");
        assertThat(vm.canSkipProperty().get()).isFalse();
    }
}
