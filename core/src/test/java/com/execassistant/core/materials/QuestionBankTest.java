package com.execassistant.core.materials;

import static com.execassistant.core.materials.MaterialsFixtures.TYPES;
import static com.execassistant.core.materials.MaterialsFixtures.answers;
import static com.execassistant.core.materials.MaterialsFixtures.full;
import static com.execassistant.core.materials.MaterialsFixtures.meeting;
import static com.execassistant.core.materials.MaterialsFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.context.ContextBundle;
import com.execassistant.core.context.ContextItem;
import com.execassistant.core.context.ContextKind;
import com.execassistant.core.context.ContextSection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The template question bank reflects the meeting type and the context. */
class QuestionBankTest {

    private final TemplateMaterialsWriter writer = new TemplateMaterialsWriter();

    private String questions(MaterialsRequest request) {
        return writer.write(request).questionsMarkdown();
    }

    private static MaterialsRequest withOnly(String type, ContextSection section) {
        return request(
                type,
                meeting("LT", 60),
                new ContextBundle(List.of(section), List.of()),
                answers("Budget"));
    }

    @ParameterizedTest
    @FieldSource("com.execassistant.core.materials.MaterialsFixtures#TYPES")
    void a_budget_line_over_plan_gets_a_variance_question(String type) {
        assertThat(questions(full(type, 60)))
                .contains(
                        "What is driving the 12% overrun on Cloud spend, and what is the plan to"
                                + " close it?")
                .doesNotContain("overrun on Travel");
    }

    @Test
    void the_variance_is_computed_from_amounts_when_the_status_gives_none() {
        ContextSection budget =
                new ContextSection(
                        ContextKind.BUDGET,
                        "",
                        List.of(
                                new ContextItem(
                                        "Marketing",
                                        null,
                                        null,
                                        Map.of("planned", "$200K", "actual", "$170K"))));

        assertThat(questions(withOnly("qbr", budget)))
                .contains("Marketing is 15% under plan: is work delayed");
    }

    @Test
    void a_budget_on_plan_gets_a_general_question_instead() {
        ContextSection budget =
                new ContextSection(
                        ContextKind.BUDGET,
                        "",
                        List.of(
                                new ContextItem(
                                        "Travel",
                                        null,
                                        "on plan",
                                        Map.of("planned", "$50K", "actual", "$50K"))));

        assertThat(questions(withOnly("qbr", budget)))
                .contains("Are we on track to land the year within budget")
                .doesNotContain("overrun");
    }

    @ParameterizedTest
    @FieldSource("com.execassistant.core.materials.MaterialsFixtures#TYPES")
    void context_raises_root_cause_risk_hiring_and_decision_questions(String type) {
        assertThat(questions(full(type, 60)))
                .contains("What was the root cause of SEV-1 checkout outage")
                .contains("Which follow-up actions from SEV-1 checkout outage are still open")
                .contains("What would it take to get Checkout rewrite back on track")
                .contains("What is blocking the Staff SRE hire")
                .contains("close the decision on Kafka vendor (due 2026-01-05) today")
                .contains("close the decision on Office move today");
    }

    @Test
    void each_meeting_type_has_its_own_questions() {
        Set<String> banks = new HashSet<>();
        for (String type : TYPES) {
            String md =
                    questions(
                            request(
                                    type,
                                    meeting("LT", 60),
                                    ContextBundle.empty(),
                                    PrepAnswers.notAsked()));
            banks.add(md.substring(md.indexOf("\n## ")));
        }

        assertThat(banks).hasSize(TYPES.size());
    }

    @Test
    void an_incident_review_asks_about_detection_and_impact() {
        assertThat(questions(full("incident_review", 60)))
                .contains("## For the incident review")
                .contains("How was the incident detected");
    }

    @Test
    void prep_answers_other_than_priorities_become_follow_ups() {
        assertThat(questions(full("leadership_meeting", 60)))
                .contains("You noted \"Checkout outage follow-ups\"")
                .doesNotContain("You noted \"none\"")
                .doesNotContain("You noted \"1. Close");
    }

    @Test
    void untrusted_text_cannot_inject_markdown_or_html() {
        ContextSection budget =
                new ContextSection(
                        ContextKind.BUDGET,
                        "",
                        List.of(
                                new ContextItem(
                                        "<img src=x> *Cloud*", null, "over by 5%", Map.of())));

        assertThat(questions(withOnly("qbr", budget)))
                .contains("\\<img src=x\\> \\*Cloud\\*")
                .doesNotContainPattern("(?<!\\\\)<img");
    }
}
