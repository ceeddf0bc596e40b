package com.execassistant.desktop.ui.materials;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.materials.Materials;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepStep;
import com.execassistant.desktop.ui.DirectUiExecutor;
import com.execassistant.desktop.ui.UiFixture;
import com.execassistant.desktop.ui.app.StatusBarViewModel;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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
    void finishedMaterialsShowTheAgendaAndTheRenderedQuestionsAndNotes() throws Exception {
        MaterialsViewModel vm = finishedOneOnOne();

        assertThat(vm.readyProperty().get()).isTrue();
        assertThat(vm.agendaHtmlProperty().get()).contains("<html");
        assertThat(vm.notesProperty().get()).contains("Agree the hiring plan");
        assertThat(vm.questionsHtmlProperty().get()).startsWith("<!DOCTYPE html>").contains("<h1>");
        assertThat(vm.notesHtmlProperty().get())
                .contains("Agree the hiring plan")
                .contains("<th>Action</th>")
                .doesNotContain("| Action |");
    }

    @Test
    void theWriterIsNamedWithWhenItMadeThemAndHowLongItTook() throws Exception {
        MaterialsViewModel vm = finishedOneOnOne();
        PrepRun run = f.awaitRun("m-1on1", r -> r.materialsLocation() != null);
        Materials made = f.backend.generatedMaterials(run).orElseThrow();
        String when =
                DateTimeFormatter.ofPattern("EEE d MMM 'at' HH:mm", Locale.ENGLISH)
                        .format(made.generatedAt().atZone(f.backend.zone()));

        assertThat(vm.madeByProperty().get())
                .isEqualTo(
                        "Made by the template writer on "
                                + when
                                + ", in "
                                + MadeBy.duration(run.materialsMillis())
                                + ".");
    }

    @Test
    void anExportIsNamedAfterTheMeeting() throws Exception {
        MaterialsViewModel vm = finishedOneOnOne();

        assertThat(vm.actions().suggestedZipName())
                .startsWith("1-1 Dana - Lee 20")
                .endsWith(".zip");
    }

    private MaterialsViewModel finishedOneOnOne() throws Exception {
        f = new UiFixture(dir).withSampleWeek();
        PrepRun waiting = f.awaitRun("m-1on1", r -> r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION);
        f.backend.answer(waiting.runId(), "Agree the hiring plan");
        f.backend.answer(waiting.runId(), "done");
        PrepRun ready = f.awaitRun("m-1on1", r -> r.materialsLocation() != null);
        MaterialsViewModel vm =
                new MaterialsViewModel(f.backend, new DirectUiExecutor(), new StatusBarViewModel());
        vm.follow(ready);
        return vm;
    }
}
