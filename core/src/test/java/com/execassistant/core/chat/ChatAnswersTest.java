package com.execassistant.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.materials.PrepAnswer;
import com.execassistant.core.materials.PrepAnswers;
import com.execassistant.core.materials.PrepOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a Q&A's end is told to the materials writers: the way it ended, answers kept. */
class ChatAnswersTest {

    private static final List<String> QUESTIONS = List.of("Q1?", "Q2?", "Q3?");

    @ParameterizedTest(name = "{0} with {1} answers -> {2}")
    @CsvSource({
        "COMPLETED,  3, COMPLETED",
        "DONE_EARLY, 1, DONE_EARLY",
        "TIMED_OUT,  0, TIMED_OUT",
        "TIMED_OUT,  1, TIMED_OUT",
        "TIMED_OUT,  2, TIMED_OUT",
        "CANCELLED,  0, NOT_ASKED",
        "CREATED,    0, NOT_ASKED",
    })
    void theOutcomeFollowsHowTheQandAEndedAndTheAnswersAreKept(
            ChatState state, int answered, PrepOutcome expected) {
        List<PrepAnswer> answers =
                QUESTIONS.subList(0, answered).stream()
                        .map(q -> PrepAnswer.answered(q, "answer to " + q))
                        .toList();
        ChatSession session =
                new ChatSession("run-1", QUESTIONS, answers, state, Set.of(), Instant.EPOCH);

        PrepAnswers result = ChatService.answersOf(session);

        assertThat(result.outcome()).isEqualTo(expected);
        assertThat(result.answers()).isEqualTo(answers);
    }
}
