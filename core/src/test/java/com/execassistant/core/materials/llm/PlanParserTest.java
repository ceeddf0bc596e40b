package com.execassistant.core.materials.llm;

import static com.execassistant.core.materials.llm.LlmFixtures.VALID_PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.materials.AgendaSection;
import com.execassistant.core.materials.MaterialsException;
import com.execassistant.core.materials.QuestionGroup;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a model's plan must look like to be used, and the one thing that is repaired. */
class PlanParserTest {

    @Test
    void a_valid_plan_becomes_sections_questions_and_notes() throws Exception {
        MaterialsPlan plan = PlanParser.parse(VALID_PLAN, 60);

        assertThat(plan.sections())
                .containsExactly(
                        new AgendaSection(
                                "section-1",
                                "Your priorities",
                                20,
                                List.of("Close the Q4 budget", "Hire a VP Engineering")),
                        new AgendaSection(
                                "section-2",
                                "Budget review",
                                25,
                                List.of("Cloud spend is 12% over plan")),
                        new AgendaSection("section-3", "Wrap-up", 15, List.of("Owners and dates")));
        assertThat(plan.questionGroups())
                .containsExactly(
                        new QuestionGroup(
                                "For the CFO",
                                List.of("What drove the cloud overspend in November?")));
        assertThat(plan.notes()).containsExactly("Ask for the EC2 reservation plan");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "```json\n%s\n```",
                "Here is the plan:\n%s\nLet me know if you need changes.",
                "<think>The user wants {a plan}.</think>%s",
                "{\"note\": \"draft\"} then the real one: %s"
            })
    void a_plan_wrapped_in_fences_prose_or_thinking_is_found(String wrapping) throws Exception {
        MaterialsPlan plan = PlanParser.parse(wrapping.formatted(VALID_PLAN), 60);

        assertThat(plan.sections())
                .extracting(AgendaSection::title)
                .first()
                .isEqualTo("Your priorities");
    }

    @Test
    void minutes_that_do_not_add_up_are_rescaled_in_proportion() throws Exception {
        String plan =
                VALID_PLAN
                        .replace("\"minutes\": 20", "\"minutes\": 40")
                        .replace("\"minutes\": 25", "\"minutes\": 50")
                        .replace("\"minutes\": 15", "\"minutes\": 30");

        assertThat(PlanParser.parse(plan, 60).sections())
                .extracting(AgendaSection::minutes)
                .containsExactly(20, 25, 15);
    }

    @Test
    void quoted_whole_minutes_are_accepted() throws Exception {
        String plan = VALID_PLAN.replace("\"minutes\": 20", "\"minutes\": \"20\"");

        assertThat(PlanParser.parse(plan, 60).sections().get(0).minutes()).isEqualTo(20);
    }

    @Test
    void notes_may_be_left_out() throws Exception {
        ObjectNode plan = (ObjectNode) new ObjectMapper().readTree(VALID_PLAN);
        plan.remove("notes");

        assertThat(PlanParser.parse(plan, 60).notes()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    no JSON at all              | I cannot help with that.                                  | the answer held no JSON object
                    no sections                 | {"question_groups": [{"heading": "h", "questions": ["q"]}]} | agenda sections are missing
                    empty sections              | {"sections": [], "question_groups": [{"heading": "h", "questions": ["q"]}]} | the plan has no agenda sections
                    sections not a list         | {"sections": "talk", "question_groups": []}                 | agenda sections are not a list
                    blank title                 | {"sections": [{"title": " ", "minutes": 60, "points": []}], "question_groups": [{"heading": "h", "questions": ["q"]}]} | section 1's title is missing or blank
                    fractional minutes          | {"sections": [{"title": "t", "minutes": 7.5, "points": []}], "question_groups": [{"heading": "h", "questions": ["q"]}]} | section 1's minutes are not a whole number
                    negative minutes            | {"sections": [{"title": "t", "minutes": -5, "points": []}], "question_groups": [{"heading": "h", "questions": ["q"]}]} | section 1 has -5 minutes
                    missing minutes             | {"sections": [{"title": "t", "points": []}], "question_groups": [{"heading": "h", "questions": ["q"]}]} | section 1's minutes are not a whole number
                    a point that is not text    | {"sections": [{"title": "t", "minutes": 60, "points": [{"b": 1}]}], "question_groups": [{"heading": "h", "questions": ["q"]}]} | section 1's points (item 1) is missing or blank
                    no question groups          | {"sections": [{"title": "t", "minutes": 60, "points": []}]} | question groups are missing
                    a group without questions   | {"sections": [{"title": "t", "minutes": 60, "points": []}], "question_groups": [{"heading": "h", "questions": []}]} | question group 1 has no questions
                    a blank question            | {"sections": [{"title": "t", "minutes": 60, "points": []}], "question_groups": [{"heading": "h", "questions": [""]}]} | question group 1's questions (item 1) is missing or blank
                    """)
    void an_invalid_plan_is_refused_with_the_reason(String rule, String answer, String reason) {
        assertThatThrownBy(() -> PlanParser.parse(answer, 60))
                .isInstanceOfSatisfying(
                        MaterialsException.class,
                        e ->
                                assertThat(e.reason())
                                        .isEqualTo(MaterialsException.Reason.INVALID_OUTPUT))
                .hasMessage("The AI writer's plan was unusable: " + reason + ".");
    }

    @Test
    void more_than_twelve_sections_are_refused() {
        String section = "{\"title\": \"t\", \"minutes\": 5, \"points\": []}";
        String plan =
                "{\"sections\": ["
                        + String.join(",", java.util.Collections.nCopies(13, section))
                        + "], \"question_groups\": [{\"heading\": \"h\", \"questions\": [\"q\"]}]}";

        assertThatThrownBy(() -> PlanParser.parse(plan, 65))
                .hasMessageContaining("the plan has 13 agenda sections; at most 12 are allowed");
    }

    @Test
    void an_overlong_title_is_refused() {
        String plan =
                VALID_PLAN.replace("Budget review", "B".repeat(PlanSchema.MAX_TITLE_CHARS + 1));

        assertThatThrownBy(() -> PlanParser.parse(plan, 60))
                .hasMessageContaining("section 2's title is longer than 120 characters");
    }

    @Test
    void an_overlong_question_is_refused() {
        String plan =
                VALID_PLAN.replace(
                        "What drove the cloud overspend in November?",
                        "Q".repeat(PlanSchema.MAX_TEXT_CHARS + 1));

        assertThatThrownBy(() -> PlanParser.parse(plan, 60))
                .hasMessageContaining("question group 1's questions (item 1) is longer than 400");
    }
}
