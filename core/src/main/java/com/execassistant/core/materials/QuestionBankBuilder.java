package com.execassistant.core.materials;

import com.execassistant.core.context.ContextKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The template question bank: questions that suit the meeting type, then questions raised by each
 * context source present, then follow-ups on what the user said in prep.
 */
final class QuestionBankBuilder {

    private static final int MAX_FOLLOW_UPS = 4;

    private QuestionBankBuilder() {}

    static QuestionBank build(MaterialsRequest request) {
        MeetingTypeProfile profile = MeetingTypeProfile.of(request.meetingType());
        List<QuestionGroup> groups = new ArrayList<>();
        groups.add(new QuestionGroup(profile.audience(), profile.questions()));
        for (ContextKind kind : profile.order()) {
            request.context()
                    .section(kind)
                    .ifPresent(
                            section ->
                                    groups.add(
                                            new QuestionGroup(
                                                    heading(kind), ContextQuestions.of(section))));
        }
        groups.add(new QuestionGroup("From your prep answers", followUps(request.answers())));
        List<String> notices = new ArrayList<>();
        AnswerNotice.of(request.answers(), request.prepQuestions().size()).ifPresent(notices::add);
        MissingContext.of(request).stream().map(MissingContext::sentence).forEach(notices::add);
        return new QuestionBank(
                AgendaPlanner.title(request),
                profile.label()
                        + ", "
                        + MeetingTimes.when(request.meeting(), request.displayZone()),
                notices,
                groups);
    }

    private static String heading(ContextKind kind) {
        return switch (kind) {
            case BUDGET -> "Budget: for the budget owners";
            case BIG_ROCKS -> "Big rocks: for their owners";
            case INCIDENTS -> "Incidents: for the engineering leads";
            case STAFFING -> "Staffing: for the hiring managers";
            case DECISIONS -> "Decisions: for the decision makers";
        };
    }

    // Answers other than the priorities are concerns the user already has in mind; turning each
    // into a question makes sure it gets raised.
    private static List<String> followUps(PrepAnswers answers) {
        return answers.answered().stream()
                .filter(a -> !Priorities.asksForPriorities(a.question()))
                .filter(a -> !Priorities.isNothing(a.answer()))
                .limit(MAX_FOLLOW_UPS)
                .map(
                        a ->
                                "You noted \""
                                        + ContextLines.shorten(a.answer())
                                        + "\": who owns it, and what is the next step?")
                .toList();
    }
}
