package com.execassistant.core.materials;

import static com.execassistant.core.materials.MaterialsFixtures.TYPES;
import static com.execassistant.core.materials.MaterialsFixtures.answers;
import static com.execassistant.core.materials.MaterialsFixtures.full;
import static com.execassistant.core.materials.MaterialsFixtures.fullContext;
import static com.execassistant.core.materials.MaterialsFixtures.meeting;
import static com.execassistant.core.materials.MaterialsFixtures.request;
import static com.execassistant.core.materials.MaterialsFixtures.without;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.context.ContextBundle;
import com.execassistant.core.context.ContextKind;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The template agenda for every meeting type, read back through an XML parser. */
class AgendaQualityTest {

    private final TemplateMaterialsWriter writer = new TemplateMaterialsWriter();

    static Stream<Arguments> typesAndLengths() {
        return TYPES.stream()
                .flatMap(t -> Stream.of(15, 30, 45, 60, 90, 120, 180).map(m -> Arguments.of(t, m)));
    }

    private AgendaDocument agenda(MaterialsRequest request) throws Exception {
        return AgendaDocument.parse(writer.write(request).agendaHtml());
    }

    @ParameterizedTest
    @FieldSource("com.execassistant.core.materials.MaterialsFixtures#TYPES")
    void stated_priorities_come_first_in_their_order(String type) throws Exception {
        AgendaDocument agenda = agenda(full(type, 60));

        AgendaDocument.Section first = agenda.sections().get(0);
        assertThat(first.id()).isEqualTo("priorities");
        assertThat(first.text())
                .containsSubsequence(
                        "Close the Q4 budget", "Hire a VP Engineering", "Decide on Kafka");
    }

    @ParameterizedTest
    @MethodSource("typesAndLengths")
    void section_minutes_add_up_to_the_meeting_length(String type, int minutes) throws Exception {
        AgendaDocument agenda = agenda(full(type, minutes));

        assertThat(agenda.totalMinutes()).isEqualTo(minutes);
        assertThat(agenda.sections()).allSatisfy(s -> assertThat(s.minutes()).isPositive());
    }

    @ParameterizedTest
    @FieldSource("com.execassistant.core.materials.MaterialsFixtures#TYPES")
    void every_context_source_present_has_a_section(String type) throws Exception {
        AgendaDocument agenda = agenda(full(type, 60));

        assertThat(agenda.ids())
                .contains("budget", "big_rocks", "incidents", "staffing")
                .contains("decision-1", "decision-2")
                .endsWith("wrap-up");
        assertThat(agenda.bodyText()).contains("Decision: Kafka vendor", "Decision: Office move");
    }

    @ParameterizedTest
    @FieldSource("com.execassistant.core.materials.MaterialsFixtures#TYPES")
    void missing_sources_are_named_with_their_reason(String type) throws Exception {
        ContextBundle context =
                without("source timed out", ContextKind.BUDGET, ContextKind.STAFFING);
        MaterialsRequest request =
                request(type, meeting("LT", 60), context, answers("Budget; hiring"));

        AgendaDocument agenda = agenda(request);

        assertThat(agenda.ids()).doesNotContain("budget", "staffing").contains("big_rocks");
        assertThat(agenda.bodyText())
                .contains("Not available: Budget - source timed out")
                .contains("Not available: Staffing - source timed out");
    }

    @ParameterizedTest
    @FieldSource("com.execassistant.core.materials.MaterialsFixtures#TYPES")
    void a_required_source_with_neither_data_nor_gap_is_named(String type) throws Exception {
        ContextBundle context =
                new ContextBundle(fullContext().sections().subList(1, 5), java.util.List.of());

        AgendaDocument agenda = agenda(request(type, meeting("LT", 60), context, answers("x")));

        assertThat(agenda.bodyText()).contains("Not available: Budget - no data was returned");
    }

    @ParameterizedTest
    @FieldSource("com.execassistant.core.materials.MaterialsFixtures#TYPES")
    void hostile_calendar_and_answer_text_is_escaped(String type) throws Exception {
        String hostile = "<script>alert('x')</script> & \"quotes\" \u0001]]>";
        MaterialsRequest request =
                request(
                        type,
                        meeting(hostile, 30),
                        fullContext(),
                        answers(hostile + "; <b>bold</b>"));

        AgendaDocument agenda = agenda(request);

        assertThat(agenda.text("title")).contains("<script>alert('x')</script> & \"quotes\"");
        assertThat(agenda.dom().getElementsByTagName("script").getLength()).isZero();
        assertThat(agenda.dom().getElementsByTagName("b").getLength()).isZero();
        assertThat(agenda.sections().get(0).text()).contains("<b>bold</b>");
    }

    @ParameterizedTest
    @FieldSource("com.execassistant.core.materials.MaterialsFixtures#TYPES")
    void without_priorities_the_agenda_opens_by_agreeing_goals(String type) throws Exception {
        MaterialsRequest request =
                request(type, meeting("LT", 45), fullContext(), PrepAnswers.timedOut());

        AgendaDocument agenda = agenda(request);

        assertThat(agenda.ids().get(0)).isEqualTo("opening");
        assertThat(agenda.totalMinutes()).isEqualTo(45);
    }

    @ParameterizedTest
    @FieldSource("com.execassistant.core.materials.MaterialsFixtures#TYPES")
    void an_all_day_event_is_planned_for_a_default_length_and_says_so(String type)
            throws Exception {
        MaterialsRequest request =
                request(type, MaterialsFixtures.allDay("Offsite"), fullContext(), answers("x"));

        AgendaDocument agenda = agenda(request);

        assertThat(agenda.totalMinutes()).isEqualTo(PlannedLength.ALL_DAY_MINUTES);
        assertThat(agenda.bodyText()).contains("all-day event", "planned for 60 minutes");
    }
}
