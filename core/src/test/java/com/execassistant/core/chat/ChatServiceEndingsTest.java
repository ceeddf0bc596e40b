package com.execassistant.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.materials.PrepAnswer;
import com.execassistant.core.materials.PrepAnswers;
import com.execassistant.core.materials.PrepOutcome;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a Q&A ends (time out, cancel) and what the materials are told about it. */
class ChatServiceEndingsTest {

    static final String RUN = "meeting-1-r1";
    static final Instant T = Instant.parse("2026-03-02T14:00:00Z");
    static final List<String> QUESTIONS = List.of("Priorities?", "Risks?", "Decisions?");

    private final InMemoryChatSessions sessions = new InMemoryChatSessions();
    private final List<String> finished = new ArrayList<>();
    private final ChatService chat =
            new ChatService(sessions, Clock.fixed(T, ZoneOffset.UTC), finished::add);

    private ChatSession stored() {
        return sessions.find(RUN).orElseThrow();
    }

    @Test
    void timingOutAnOpenQnaKeepsItsAnswers() {
        chat.start(RUN, QUESTIONS);
        chat.answer(RUN, "m1", "Hiring");

        ChatSession ended = chat.timeOut(RUN);

        assertThat(ended.state()).isEqualTo(ChatState.TIMED_OUT);
        assertThat(ended.answers()).extracting(PrepAnswer::answer).containsExactly("Hiring");
        assertThat(stored()).isEqualTo(ended);
    }

    @Test
    void timingOutAFinishedQnaLeavesItAsItEnded() {
        chat.start(RUN, List.of("Only question?"));
        chat.answer(RUN, "m1", "Yes");

        ChatSession ended = chat.timeOut(RUN);

        assertThat(ended.state()).isEqualTo(ChatState.COMPLETED);
        assertThat(stored().state()).isEqualTo(ChatState.COMPLETED);
    }

    @Test
    void aTimedOutQnaRefusesLateAnswers() {
        chat.start(RUN, QUESTIONS);
        chat.timeOut(RUN);

        assertThatThrownBy(() -> chat.answer(RUN, "late", "Hiring"))
                .isInstanceOf(ChatException.class)
                .hasMessage("This prep Q&A is already over.");
        assertThat(stored().answers()).isEmpty();
    }

    @Test
    void cancellingStopsAnOpenQnaWithoutTellingTheWorkflow() {
        chat.start(RUN, QUESTIONS);

        chat.cancel(RUN);

        assertThat(stored().state()).isEqualTo(ChatState.CANCELLED);
        assertThat(ChatService.prompt(stored())).isEqualTo("This prep was stopped.");
        assertThat(finished).isEmpty();
    }

    @Test
    void cancellingAFinishedQnaLeavesItAsItEnded() {
        chat.start(RUN, List.of("Only question?"));
        chat.answer(RUN, "m1", "Yes");

        chat.cancel(RUN);

        assertThat(stored().state()).isEqualTo(ChatState.COMPLETED);
    }

    @Test
    void cancellingARunWithoutAQnaDoesNothing() {
        chat.cancel(RUN);

        assertThat(sessions.find(RUN)).isEmpty();
    }

    @ParameterizedTest(name = "{0} with {1} answers -> \"{2}\"")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    CREATED    | 0 | Question 1 of 3: Priorities?
                    ACTIVE     | 2 | Question 3 of 3: Decisions?
                    COMPLETED  | 3 | Thanks - that's everything. Your materials are being prepared.
                    DONE_EARLY | 1 | Thanks - that's everything. Your materials are being prepared.
                    TIMED_OUT  | 1 | No more answers are needed; the materials were made from the context alone.
                    CANCELLED  | 0 | This prep was stopped.
                    """)
    void thePromptSaysTheNextQuestionOrHowTheQnaEnded(ChatState state, int answers, String text) {
        assertThat(ChatService.prompt(session(state, answers))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} with {1} answers -> {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    COMPLETED  | 3 | COMPLETED
                    DONE_EARLY | 1 | DONE_EARLY
                    DONE_EARLY | 0 | DONE_EARLY
                    TIMED_OUT  | 0 | TIMED_OUT
                    TIMED_OUT  | 2 | TIMED_OUT
                    CANCELLED  | 0 | NOT_ASKED
                    CREATED    | 0 | NOT_ASKED
                    ACTIVE     | 1 | NOT_ASKED
                    """)
    void theMaterialsAreToldHowTheQnaEnded(ChatState state, int answers, PrepOutcome outcome) {
        ChatSession s = session(state, answers);

        PrepAnswers forMaterials = ChatService.answersOf(s);

        assertThat(forMaterials.outcome()).isEqualTo(outcome);
        assertThat(forMaterials.answers()).isEqualTo(s.answers());
    }

    private static ChatSession session(ChatState state, int answered) {
        List<PrepAnswer> answers = new ArrayList<>();
        for (int i = 0; i < answered; i++) {
            answers.add(PrepAnswer.answered(QUESTIONS.get(i), "answer " + (i + 1)));
        }
        return new ChatSession(RUN, QUESTIONS, answers, state, Set.of(), T);
    }
}
