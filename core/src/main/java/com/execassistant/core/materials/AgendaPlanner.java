package com.execassistant.core.materials;

import com.execassistant.core.context.ContextKind;
import com.execassistant.core.context.ContextSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides the template agenda's sections and their minutes: the user's priorities first, a section
 * per context source present and per pending decision, then a wrap-up.
 */
final class AgendaPlanner {

    /** Context items listed per agenda section; the notes list them all. */
    static final int MAX_ITEMS_SHOWN = 4;

    private record Draft(String id, String title, int weight, List<String> points) {}

    private AgendaPlanner() {}

    static Agenda plan(MaterialsRequest request) {
        MeetingTypeProfile profile = MeetingTypeProfile.of(request.meetingType());
        PlannedLength length = PlannedLength.of(request.meeting());
        List<Draft> drafts = new ArrayList<>();
        drafts.add(opening(request, profile));
        for (ContextKind kind : profile.order()) {
            request.context()
                    .section(kind)
                    .ifPresent(
                            section ->
                                    drafts.addAll(
                                            kind == ContextKind.DECISIONS
                                                    ? DecisionSections.of(section).stream()
                                                            .map(AgendaPlanner::decision)
                                                            .toList()
                                                    : List.of(source(section, profile))));
        }
        drafts.add(
                new Draft(
                        "wrap-up",
                        profile.wrapUp(),
                        1,
                        List.of(
                                "Read back the decisions made",
                                "Agree action items, owners and due dates")));

        List<Integer> minutes =
                Timeboxer.allocate(length.minutes(), drafts.stream().map(Draft::weight).toList());
        List<AgendaSection> sections = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            sections.add(new AgendaSection(d.id(), d.title(), minutes.get(i), d.points()));
        }
        return new Agenda(
                title(request)
                        + " - "
                        + MeetingTimes.date(request.meeting(), request.displayZone()),
                MeetingTimes.when(request.meeting(), request.displayZone()),
                profile.label(),
                length.clockTimed()
                        ? MeetingTimes.start(request.meeting(), request.displayZone())
                        : null,
                length.minutes(),
                notices(request, length),
                sections);
    }

    static String title(MaterialsRequest request) {
        String t = request.meeting().title().strip();
        return t.isEmpty() ? "Untitled meeting" : t;
    }

    /** Everything the user should know first, in the order it matters to them. */
    static List<String> notices(MaterialsRequest request, PlannedLength length) {
        List<String> notices = new ArrayList<>();
        AnswerNotice.of(request.answers(), request.prepQuestions().size()).ifPresent(notices::add);
        MissingContext.of(request).stream().map(MissingContext::sentence).forEach(notices::add);
        Optional.ofNullable(length.notice()).ifPresent(notices::add);
        return notices;
    }

    private static Draft opening(MaterialsRequest request, MeetingTypeProfile profile) {
        List<String> priorities = Priorities.from(request.answers());
        if (!priorities.isEmpty()) {
            return new Draft("priorities", "Your priorities", profile.priorityWeight(), priorities);
        }
        String point =
                request.answers().hasAnswers()
                        ? "Agree what this meeting must achieve"
                        : "No priorities were given in prep: agree what this meeting must achieve";
        return new Draft("opening", "Opening: goals for this meeting", 1, List.of(point));
    }

    private static Draft source(ContextSection section, MeetingTypeProfile profile) {
        List<String> points = new ArrayList<>();
        if (section.summary() != null && !section.summary().isBlank()) {
            points.add(section.summary().strip());
        }
        int shown = Math.min(section.items().size(), MAX_ITEMS_SHOWN);
        section.items().stream()
                .limit(shown)
                .map(i -> ContextLines.agendaPoint(section.kind(), i))
                .forEach(points::add);
        if (section.items().size() > shown) {
            points.add("and " + (section.items().size() - shown) + " more (see the notes)");
        }
        return new Draft(
                section.kind().key(),
                SectionTitles.of(section.kind()),
                profile.weight(section.kind()),
                points);
    }

    private static Draft decision(AgendaSection shape) {
        int weight = shape.id().startsWith("decision-") ? MeetingTypeProfile.DECISION_WEIGHT : 1;
        return new Draft(shape.id(), shape.title(), weight, shape.points());
    }
}
