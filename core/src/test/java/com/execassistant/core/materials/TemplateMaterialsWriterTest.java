package com.execassistant.core.materials;

import static com.execassistant.core.materials.MaterialsFixtures.QUESTIONS;
import static com.execassistant.core.materials.MaterialsFixtures.full;
import static com.execassistant.core.materials.MaterialsFixtures.fullContext;
import static com.execassistant.core.materials.MaterialsFixtures.meeting;
import static com.execassistant.core.materials.MaterialsFixtures.request;
import static com.execassistant.core.materials.MaterialsFixtures.without;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.context.ContextKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** What the template writer records and says about the materials as a whole. */
class TemplateMaterialsWriterTest {

    private static final Instant NOW = Instant.parse("2025-12-19T15:00:00Z");
    private final TemplateMaterialsWriter writer =
            new TemplateMaterialsWriter(Clock.fixed(NOW, ZoneOffset.UTC));

    @ParameterizedTest
    @FieldSource("com.execassistant.core.materials.MaterialsFixtures#TYPES")
    void timed_out_prep_is_said_plainly_in_every_document(String type) throws Exception {
        Materials m =
                writer.write(
                        request(type, meeting("LT", 60), fullContext(), PrepAnswers.timedOut()));

        String sentence = "No prep answers: the prep questions were not answered in time";
        assertThat(AgendaDocument.parse(m.agendaHtml()).bodyText()).contains(sentence);
        assertThat(m.questionsMarkdown()).contains(sentence);
        assertThat(m.notesMarkdown()).contains(sentence).contains("_None given in prep._");
        assertThat(m.notices()).anyMatch(n -> n.startsWith(sentence));
    }

    @ParameterizedTest
    @FieldSource("com.execassistant.core.materials.MaterialsFixtures#TYPES")
    void the_same_request_gives_the_same_materials(String type) {
        Materials first = writer.write(full(type, 90));
        Materials second = writer.write(full(type, 90));

        assertThat(second.agendaHtml()).isEqualTo(first.agendaHtml());
        assertThat(second.questionsMarkdown()).isEqualTo(first.questionsMarkdown());
        assertThat(second.notesMarkdown()).isEqualTo(first.notesMarkdown());
        assertThat(second.notices()).isEqualTo(first.notices());
    }

    @Test
    void materials_record_the_writer_and_when_and_how_long() {
        Materials m = writer.write(full("qbr", 60));

        assertThat(m.writer()).isEqualTo("template").isEqualTo(writer.name());
        assertThat(m.generatedAt()).isEqualTo(NOW);
        assertThat(m.generationTime()).isPositive();
    }

    @Test
    void notices_list_missing_answers_and_context_for_the_caller() {
        Materials m =
                writer.write(
                        request(
                                "qbr",
                                meeting("QBR", 60),
                                without("source failed: file unreadable", ContextKind.BUDGET),
                                PrepAnswers.notAsked()));

        assertThat(m.notices())
                .containsExactly(
                        "No prep answers: no prep questions were asked for this meeting, so these"
                                + " materials are built from the calendar and context only.",
                        "Not available: Budget - source failed: file unreadable");
    }

    @Test
    void partly_answered_prep_that_timed_out_says_how_much_was_answered() {
        PrepAnswers partial =
                new PrepAnswers(
                        List.of(PrepAnswer.answered(QUESTIONS.get(0), "Budget")),
                        PrepOutcome.TIMED_OUT);

        Materials m = writer.write(request("qbr", meeting("QBR", 60), fullContext(), partial));

        assertThat(m.notices())
                .containsExactly("Prep was not finished in time: 1 of 5 questions answered.");
    }

    @Test
    void a_notice_can_be_added_by_a_fallback() {
        Materials m = writer.write(full("qbr", 60)).withNotice("The LLM writer timed out.");

        assertThat(m.notices()).last().isEqualTo("The LLM writer timed out.");
    }
}
