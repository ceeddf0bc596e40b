package com.execassistant.desktop.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepStep;
import com.execassistant.desktop.ui.DirectUiExecutor;
import com.execassistant.desktop.ui.UiFixture;
import com.execassistant.desktop.ui.app.StatusBarViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatViewModelTest {

    @TempDir Path dir;
    private UiFixture f;
    private ChatViewModel vm;
    private PrepRun waiting;

    @BeforeEach
    void oneOnOneWaitingForAnswers() throws Exception {
        f = new UiFixture(dir).withSampleWeek();
        waiting = f.awaitRun("m-1on1", r -> r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION);
        vm = new ChatViewModel(f.backend, new DirectUiExecutor(), new StatusBarViewModel());
        vm.follow(waiting);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theFirstQuestionIsAskedWithItsNumber() {
        assertThat(vm.progressProperty().get()).startsWith("Question 1 of ");
        assertThat(vm.lines()).last().extracting(ChatLine::who).isEqualTo(ChatLine.Who.ASSISTANT);
        assertThat(vm.canAnswerProperty().get()).isTrue();
    }

    @Test
    void anAnswerIsStoredShownAsYoursAndTheNextQuestionFollows() {
        vm.answerProperty().set("Agree the Q2 hiring plan");

        vm.send();

        assertThat(vm.lines()).contains(new ChatLine(ChatLine.Who.YOU, "Agree the Q2 hiring plan"));
        assertThat(vm.progressProperty().get()).startsWith("Question 2 of ");
        assertThat(vm.answerProperty().get()).isEmpty();
        assertThat(f.backend.chat(waiting.runId()).orElseThrow().answers().get(0).answer())
                .isEqualTo("Agree the Q2 hiring plan");
    }

    @Test
    void anEmptyAnswerBoxSendsNothing() {
        vm.answerProperty().set("   ");

        vm.send();

        assertThat(f.backend.chat(waiting.runId()).orElseThrow().answers()).isEmpty();
    }

    @Test
    void skipMovesOnWithoutAnAnswer() {
        vm.skip();

        assertThat(vm.lines()).contains(new ChatLine(ChatLine.Who.YOU, "(skipped)"));
        assertThat(vm.progressProperty().get()).startsWith("Question 2 of ");
    }

    @Test
    void doneEndsTheQandAAndClosesTheAnswerBox() {
        vm.done();

        assertThat(vm.canAnswerProperty().get()).isFalse();
        assertThat(vm.lines()).last().extracting(ChatLine::text).asString().contains("materials");
    }

    @Test
    void aHalfTypedAnswerSurvivesSwitchingToAnotherMeetingAndBack() {
        vm.answerProperty().set("half a thought");

        vm.follow(null);
        vm.follow(waiting);

        assertThat(vm.answerProperty().get()).isEqualTo("half a thought");
    }
}
