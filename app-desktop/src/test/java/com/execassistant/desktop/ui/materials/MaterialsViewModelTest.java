package com.execassistant.desktop.ui.materials;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepStep;
import com.execassistant.desktop.ui.DirectUiExecutor;
import com.execassistant.desktop.ui.UiFixture;
import com.execassistant.desktop.ui.app.StatusBarViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaterialsViewModelTest {

    @TempDir Path dir;
    private UiFixture f;

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void beforeTheQandAIsOverItSaysWhenMaterialsWillCome() throws Exception {
        f = new UiFixture(dir);
        MaterialsViewModel vm =
                new MaterialsViewModel(f.backend, new DirectUiExecutor(), new StatusBarViewModel());

        vm.follow(null);

        assertThat(vm.readyProperty().get()).isFalse();
        assertThat(vm.madeByProperty().get()).contains("once the prep Q&A is over");
    }

    @Test
    void finishedMaterialsShowTheAgendaNotesAndWhichWriterMadeThem() throws Exception {
        f = new UiFixture(dir).withSampleWeek();
        PrepRun waiting = f.awaitRun("m-1on1", r -> r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION);
        f.backend.answer(waiting.runId(), "Agree the hiring plan");
        f.backend.answer(waiting.runId(), "done");
        PrepRun ready = f.awaitRun("m-1on1", r -> r.materialsLocation() != null);
        MaterialsViewModel vm =
                new MaterialsViewModel(f.backend, new DirectUiExecutor(), new StatusBarViewModel());

        vm.follow(ready);

        assertThat(vm.readyProperty().get()).isTrue();
        assertThat(vm.agendaHtmlProperty().get()).contains("<html");
        assertThat(vm.notesProperty().get()).contains("Agree the hiring plan");
        assertThat(vm.madeByProperty().get()).startsWith("Made by the template writer, ");
    }
}
