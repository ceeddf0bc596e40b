package com.execassistant.core.materials;

import static com.execassistant.core.materials.MaterialsFixtures.full;
import static com.execassistant.core.materials.MaterialsFixtures.meeting;
import static com.execassistant.core.materials.MaterialsFixtures.request;
import static com.execassistant.core.materials.MaterialsFixtures.without;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.context.ContextKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The template notes: who and when, context pre-filled, a place per agenda item, actions. */
class NotesTemplateTest {

    private final TemplateMaterialsWriter writer = new TemplateMaterialsWriter();

    private String notes(MaterialsRequest request) {
        return writer.write(request).notesMarkdown();
    }

    @ParameterizedTest
    @FieldSource("com.execassistant.core.materials.MaterialsFixtures#TYPES")
    void notes_end_with_an_action_item_table(String type) {
        assertThat(notes(full(type, 60)))
                .contains("## Action items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n")
                .contains("## Decisions made");
    }

    @ParameterizedTest
    @FieldSource("com.execassistant.core.materials.MaterialsFixtures#TYPES")
    void notes_are_pre_filled_with_people_time_priorities_and_context(String type) {
        assertThat(notes(full(type, 90)))
                .startsWith("# Notes: Leadership Team Meeting\n")
                .contains("**When:** Saturday, December 20, 2025, 10:00 AM - 11:30 AM EST")
                .contains("Dana Lee (ceo@example.com)", "Sam Roy (cfo@example.com)")
                .doesNotContain("room4@example.com")
                .contains("1. Close the Q4 budget\n2. Hire a VP Engineering\n3. Decide on Kafka")
                .contains("### Budget review\n\n1 line over plan, 1 on plan")
                .contains("- Cloud spend: over by 12%. EC2 usage spiked in November.");
    }

    @ParameterizedTest
    @FieldSource("com.execassistant.core.materials.MaterialsFixtures#TYPES")
    void notes_have_a_heading_per_agenda_section(String type) {
        assertThat(notes(full(type, 60)))
                .containsSubsequence(
                        "### 1. Your priorities", "### 2. ", "Decision: Kafka vendor", "Wrap-up");
    }

    @ParameterizedTest
    @FieldSource("com.execassistant.core.materials.MaterialsFixtures#TYPES")
    void notes_name_missing_context(String type) {
        MaterialsRequest request =
                request(
                        type,
                        meeting("LT", 30),
                        without("source timed out", ContextKind.INCIDENTS),
                        MaterialsFixtures.answers("Budget"));

        assertThat(notes(request))
                .contains("> Not available: Incidents - source timed out")
                .contains("### Not available\n\n- Incidents - source timed out");
    }

    @org.junit.jupiter.api.Test
    void calendar_text_cannot_inject_markdown_or_html_into_the_notes() {
        MaterialsRequest request =
                request(
                        "default",
                        meeting("<script>x</script> | *big*", 30),
                        MaterialsFixtures.fullContext(),
                        MaterialsFixtures.answers("a | b"));

        assertThat(notes(request))
                .startsWith("# Notes: \\<script\\>x\\</script\\> \\| \\*big\\*\n")
                .doesNotContainPattern("(?<!\\\\)<script")
                .contains("1. a \\| b");
    }
}
