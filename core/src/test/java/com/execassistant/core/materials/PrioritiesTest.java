package com.execassistant.core.materials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrioritiesTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    1. Budget 2. Hiring 3) Kafka             | Budget/Hiring/Kafka
                    Budget; hiring; Kafka                    | Budget/hiring/Kafka
                    Budget, hiring, and Kafka.               | Budget/hiring/Kafka
                    '- Budget\\n- Hiring\\n* Kafka'            | Budget/Hiring/Kafka
                    '1) Grow 3.5% in Q3.\\n2) Ship EU region' | Grow 3.5% in Q3/Ship EU region
                    Close the year on budget                 | Close the year on budget
                    Budget; budget; BUDGET                   | Budget
                    none                                     | ''
                    """)
    void an_answer_is_split_into_items(String answer, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split("/"));

        assertThat(Priorities.split(answer.replace("\\n", "\n"))).isEqualTo(want);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    What are your top 3 priorities for this meeting? | true
                    What outcome do you want from this review?        | true
                    What are your goals for this 1:1?                 | true
                    Budget variances to address?                      | false
                    Any incidents or reliability concerns?            | false
                    """)
    void the_priorities_question_is_found_by_keyword(String question, boolean asks) {
        assertThat(Priorities.asksForPriorities(question)).isEqualTo(asks);
    }

    @Test
    void the_first_answered_priorities_question_wins_and_skipped_ones_are_ignored() {
        PrepAnswers answers =
                new PrepAnswers(
                        List.of(
                                PrepAnswer.skipped("What are your priorities?"),
                                PrepAnswer.answered("Budget variances?", "Cloud"),
                                PrepAnswer.answered("What outcome do you want?", "A decision")),
                        PrepOutcome.COMPLETED);

        assertThat(Priorities.from(answers)).containsExactly("A decision");
    }

    @Test
    void no_more_than_seven_items_are_kept() {
        assertThat(Priorities.split("a;b;c;d;e;f;g;h;i")).hasSize(Priorities.MAX_ITEMS);
    }
}
