package com.execassistant.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.materials.PrepAnswer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatServiceTest {

    static final String RUN = "meeting-1-r1";
    static final List<String> QUESTIONS =
            List.of("What are your top 3 priorities?", "Any risks?", "Decisions needed?");

    private final InMemoryChatSessions sessions = new InMemoryChatSessions();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T14:00:00Z"), ZoneOffset.UTC);
    private final List<String> finished = new ArrayList<>();
    private final ChatService chat = new ChatService(sessions, clock, finished::add);

    private ChatSession stored() {
        return sessions.find(RUN).orElseThrow();
    }

    @Test
    void startAsksTheFirstQuestionOfTheRun() {
        ChatSession s = chat.start(RUN, QUESTIONS);

        assertThat(s.state()).isEqualTo(ChatState.CREATED);
        assertThat(ChatService.prompt(s))
                .isEqualTo("Question 1 of 3: What are your top 3 priorities?");
        assertThat(sessions.find(RUN)).contains(s);
    }

    @Test
    void startingAgainKeepsTheSessionAndItsAnswers() {
        chat.start(RUN, QUESTIONS);
        chat.answer(RUN, "m1", "Hiring");

        ChatSession again = chat.start(RUN, List.of("A different question?"));

        assertThat(again.questions()).isEqualTo(QUESTIONS);
        assertThat(again.answers()).extracting(PrepAnswer::answer).containsExactly("Hiring");
    }

    @Test
    void anAnswerIsStoredBeforeTheNextQuestionIsAsked() {
        chat.start(RUN, QUESTIONS);

        ChatReply reply = chat.answer(RUN, "m1", "  Hiring plan  ");

        assertThat(reply).isEqualTo(new ChatReply("Question 2 of 3: Any risks?", false, false));
        assertThat(stored().answers())
                .containsExactly(PrepAnswer.answered(QUESTIONS.get(0), "Hiring plan"));
        assertThat(stored().state()).isEqualTo(ChatState.ACTIVE);
    }

    @Test
    void eachAnswerIsSavedAsItComes() {
        chat.start(RUN, QUESTIONS);
        int before = sessions.saves();

        chat.answer(RUN, "m1", "Hiring");
        assertThat(stored().answers()).hasSize(1);
        chat.answer(RUN, "m2", "Churn");
        assertThat(stored().answers()).hasSize(2);

        assertThat(sessions.saves()).isEqualTo(before + 2);
    }

    @Test
    void anotherChannelContinuesWhereTheFirstLeftOff() {
        chat.start(RUN, QUESTIONS);
        chat.answer(RUN, "slack-1", "Hiring");

        ChatService other = new ChatService(sessions, clock, finished::add);
        ChatReply reply = other.answer(RUN, null, "Churn");

        assertThat(reply.text()).isEqualTo("Question 3 of 3: Decisions needed?");
        assertThat(stored().answers())
                .extracting(PrepAnswer::answer)
                .containsExactly("Hiring", "Churn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"skip", "Skip", "SKIP.", "pass", "next", "n/a", "-", " skip! "})
    void aSkipWordSkipsTheQuestion(String word) {
        chat.start(RUN, QUESTIONS);

        ChatReply reply = chat.answer(RUN, "m1", word);

        assertThat(stored().answers()).containsExactly(PrepAnswer.skipped(QUESTIONS.get(0)));
        assertThat(reply.text()).startsWith("Question 2 of 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anEmptyAnswerSkipsTheQuestion(String text) {
        chat.start(RUN, QUESTIONS);

        chat.answer(RUN, "m1", text);

        assertThat(stored().answers()).containsExactly(PrepAnswer.skipped(QUESTIONS.get(0)));
    }

    @Test
    void aMissingTextSkipsTheQuestion() {
        chat.start(RUN, QUESTIONS);

        chat.answer(RUN, "m1", null);

        assertThat(stored().answers()).containsExactly(PrepAnswer.skipped(QUESTIONS.get(0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"done", "Done.", "done early", "stop", "that's all", "FINISH!"})
    void aDoneWordEndsTheQnaEarlyAndKeepsTheAnswersSoFar(String word) {
        chat.start(RUN, QUESTIONS);
        chat.answer(RUN, "m1", "Hiring");

        ChatReply reply = chat.answer(RUN, "m2", word);

        assertThat(reply.finished()).isTrue();
        assertThat(reply.text())
                .isEqualTo("Thanks - that's everything. Your materials are being prepared.");
        assertThat(stored().state()).isEqualTo(ChatState.DONE_EARLY);
        assertThat(stored().answers()).extracting(PrepAnswer::answer).containsExactly("Hiring");
        assertThat(finished).containsExactly(RUN);
    }

    @Test
    void answeringTheLastQuestionCompletesTheQnaAndTellsTheWorkflowOnce() {
        chat.start(RUN, QUESTIONS);
        chat.answer(RUN, "m1", "Hiring");
        chat.answer(RUN, "m2", "skip");
        assertThat(finished).isEmpty();

        ChatReply reply = chat.answer(RUN, "m3", "Approve the budget");

        assertThat(reply.finished()).isTrue();
        assertThat(stored().state()).isEqualTo(ChatState.COMPLETED);
        assertThat(stored().answers()).hasSize(3);
        assertThat(finished).containsExactly(RUN);
    }

    @Test
    void aMessageDeliveredTwiceIsTakenOnce() {
        chat.start(RUN, QUESTIONS);
        chat.answer(RUN, "m1", "Hiring");

        ChatReply again = chat.answer(RUN, "m1", "Hiring");

        assertThat(again.duplicate()).isTrue();
        assertThat(again.text()).isEqualTo("Question 2 of 3: Any risks?");
        assertThat(stored().answers()).hasSize(1);
    }

    @Test
    void theLastMessageDeliveredTwiceAfterTheEndIsStillADuplicateNotAnError() {
        chat.start(RUN, List.of("Only question?"));
        chat.answer(RUN, "m1", "Yes");

        ChatReply again = chat.answer(RUN, "m1", "Yes");

        assertThat(again.duplicate()).isTrue();
        assertThat(again.finished()).isTrue();
        assertThat(finished).containsExactly(RUN);
    }

    @Test
    void messagesWithoutAnIdAreEachTaken() {
        chat.start(RUN, QUESTIONS);

        chat.answer(RUN, null, "Hiring");
        chat.answer(RUN, null, "Hiring");

        assertThat(stored().answers()).hasSize(2);
    }

    @Test
    void answeringAFinishedQnaIsRefusedWithAPlainSentence() {
        chat.start(RUN, List.of("Only question?"));
        chat.answer(RUN, "m1", "Yes");

        assertThatThrownBy(() -> chat.answer(RUN, "m2", "One more thing"))
                .isInstanceOf(ChatException.class)
                .hasMessage("This prep Q&A is already over.");
        assertThat(stored().answers()).hasSize(1);
    }

    @Test
    void answeringARunWithoutAQnaIsRefusedWithAPlainSentence() {
        assertThatThrownBy(() -> chat.answer(RUN, "m1", "Hello"))
                .isInstanceOf(ChatException.class)
                .hasMessage("There is no prep Q&A for this meeting yet.");
    }
}
