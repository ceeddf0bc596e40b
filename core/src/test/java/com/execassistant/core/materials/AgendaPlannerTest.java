package com.execassistant.core.materials;

import static com.execassistant.core.materials.MaterialsFixtures.answers;
import static com.execassistant.core.materials.MaterialsFixtures.full;
import static com.execassistant.core.materials.MaterialsFixtures.meeting;
import static com.execassistant.core.materials.MaterialsFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.context.ContextBundle;
import com.execassistant.core.context.ContextItem;
import com.execassistant.core.context.ContextKind;
import com.execassistant.core.context.ContextSection;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Specific agenda rules beyond the per-type quality checks. */
class AgendaPlannerTest {

    private static AgendaSection section(Agenda agenda, String id) {
        return agenda.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_budget_line_shows_plan_and_actual() {
        Agenda agenda = AgendaPlanner.plan(full("qbr", 60));

        assertThat(section(agenda, "budget").points())
                .contains("Cloud spend: over by 12% (planned $380K, actual $425.6K)");
    }

    @Test
    void a_long_decision_backlog_gets_three_sections_and_one_shared() {
        List<ContextItem> many =
                IntStream.rangeClosed(1, 7)
                        .mapToObj(i -> new ContextItem("D" + i, null, "pending", Map.of()))
                        .toList();
        ContextBundle context =
                new ContextBundle(
                        List.of(new ContextSection(ContextKind.DECISIONS, "7 pending", many)),
                        List.of());

        Agenda agenda =
                AgendaPlanner.plan(request("default", meeting("X", 60), context, answers("a")));

        assertThat(agenda.sections().stream().map(AgendaSection::id))
                .containsExactly(
                        "priorities",
                        "decision-1",
                        "decision-2",
                        "decision-3",
                        "decisions",
                        "wrap-up");
        assertThat(section(agenda, "decisions").points())
                .hasSize(4)
                .first()
                .isEqualTo("D4: pending");
    }

    @Test
    void a_source_with_many_items_lists_a_few_and_points_to_the_notes() {
        List<ContextItem> many =
                IntStream.rangeClosed(1, 6)
                        .mapToObj(i -> new ContextItem("Incident " + i, null, null, Map.of()))
                        .toList();
        ContextBundle context =
                new ContextBundle(
                        List.of(new ContextSection(ContextKind.INCIDENTS, "6 incidents", many)),
                        List.of());

        Agenda agenda =
                AgendaPlanner.plan(
                        request("incident_review", meeting("X", 60), context, answers("a")));

        assertThat(section(agenda, "incidents").points())
                .hasSize(1 + AgendaPlanner.MAX_ITEMS_SHOWN + 1)
                .last()
                .isEqualTo("and 2 more (see the notes)");
    }

    @Test
    void an_incident_review_gives_incidents_the_largest_share() {
        Agenda agenda = AgendaPlanner.plan(full("incident_review", 60));

        int incidents = section(agenda, "incidents").minutes();
        assertThat(agenda.sections())
                .allSatisfy(s -> assertThat(s.minutes()).isLessThanOrEqualTo(incidents));
        assertThat(List.of("budget", "big_rocks", "staffing"))
                .allSatisfy(id -> assertThat(section(agenda, id).minutes()).isLessThan(incidents));
    }

    @Test
    void times_are_shown_in_the_display_zone() {
        MaterialsRequest base = full("qbr", 60);
        MaterialsRequest inLondon =
                new MaterialsRequest(
                        base.meeting(),
                        base.meetingType(),
                        base.prepQuestions(),
                        base.context(),
                        base.answers(),
                        base.requiredContext(),
                        ZoneId.of("Europe/London"));

        Agenda agenda = AgendaPlanner.plan(inLondon);

        assertThat(agenda.timeLine())
                .isEqualTo("Saturday, December 20, 2025, 3:00 PM - 4:00 PM GMT");
    }

    @Test
    void an_unknown_meeting_type_uses_the_default_profile() {
        Agenda agenda = AgendaPlanner.plan(full("board_dinner", 60));

        assertThat(agenda.typeLabel()).isEqualTo("Meeting");
        assertThat(agenda.minutes()).isEqualTo(60);
    }

    @Test
    void an_agenda_whose_minutes_do_not_add_up_is_refused() {
        List<AgendaSection> sections = List.of(new AgendaSection("a", "A", 20, List.of()));

        assertThatThrownBy(() -> new Agenda("h", "t", "Meeting", null, 30, List.of(), sections))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agenda sections add up to 20 minutes, not the planned 30");
    }

    @Test
    void a_zero_length_invitation_is_planned_for_a_default_and_says_so() {
        Agenda agenda =
                AgendaPlanner.plan(
                        request("default", meeting("X", 0), ContextBundle.empty(), answers("a")));

        assertThat(agenda.minutes()).isEqualTo(PlannedLength.UNKNOWN_MINUTES);
        assertThat(agenda.notices())
                .contains("The invitation has no length, so the agenda is planned for 30 minutes.");
    }
}
