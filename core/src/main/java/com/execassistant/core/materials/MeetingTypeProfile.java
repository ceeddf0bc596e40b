package com.execassistant.core.materials;

import static com.execassistant.core.context.ContextKind.BIG_ROCKS;
import static com.execassistant.core.context.ContextKind.BUDGET;
import static com.execassistant.core.context.ContextKind.DECISIONS;
import static com.execassistant.core.context.ContextKind.INCIDENTS;
import static com.execassistant.core.context.ContextKind.STAFFING;

import com.execassistant.core.context.ContextKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the template writer knows about a meeting type: the order and weight of context sections in
 * the agenda, and the questions that suit the type. Unknown types use the default profile.
 *
 * @param order context sources in agenda order
 * @param weights relative time per context section (a pending decision has its own weight)
 */
record MeetingTypeProfile(
        String label,
        List<ContextKind> order,
        Map<ContextKind, Integer> weights,
        int priorityWeight,
        String wrapUp,
        String audience,
        List<String> questions) {

    static final String DEFAULT = "default";
    static final int DECISION_WEIGHT = 2;

    static MeetingTypeProfile of(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "leadership_meeting" -> LEADERSHIP;
            case "one_on_one" -> ONE_ON_ONE;
            case "qbr" -> QBR;
            case "staff_meeting" -> STAFF;
            case "incident_review" -> INCIDENT_REVIEW;
            default -> FALLBACK;
        };
    }

    int weight(ContextKind kind) {
        return weights.getOrDefault(kind, 1);
    }

    private static Map<ContextKind, Integer> weights(int budget, int rocks, int inc, int staff) {
        Map<ContextKind, Integer> w = new EnumMap<>(ContextKind.class);
        w.put(BUDGET, budget);
        w.put(BIG_ROCKS, rocks);
        w.put(INCIDENTS, inc);
        w.put(STAFFING, staff);
        w.put(DECISIONS, 1);
        return w;
    }

    private static final MeetingTypeProfile LEADERSHIP =
            new MeetingTypeProfile(
                    "Leadership meeting",
                    List.of(BUDGET, BIG_ROCKS, INCIDENTS, STAFFING, DECISIONS),
                    weights(3, 3, 2, 2),
                    3,
                    "Wrap-up: decisions and action items",
                    "For the leadership team",
                    List.of(
                            "Which of our big rocks most needs this group's attention, and why?",
                            "Where are we trading speed against risk, and is everyone aligned on"
                                    + " that call?",
                            "What does each leader need from another team in the next two weeks?",
                            "What should we stop doing to make room for these priorities?"));

    private static final MeetingTypeProfile ONE_ON_ONE =
            new MeetingTypeProfile(
                    "One-on-one",
                    List.of(STAFFING, BIG_ROCKS, INCIDENTS, BUDGET, DECISIONS),
                    weights(1, 2, 1, 3),
                    3,
                    "Wrap-up: commitments and next steps",
                    "For your one-on-one",
                    List.of(
                            "What is going well, and what is getting in your way?",
                            "What support do you need from me in the next two weeks?",
                            "How are you and the team doing on workload?",
                            "What feedback do you have for me?",
                            "Where do you want to grow next, and what would help?"));

    private static final MeetingTypeProfile QBR =
            new MeetingTypeProfile(
                    "Quarterly business review",
                    List.of(BIG_ROCKS, BUDGET, STAFFING, INCIDENTS, DECISIONS),
                    weights(4, 4, 2, 2),
                    3,
                    "Wrap-up: commitments for next quarter",
                    "For the business review",
                    List.of(
                            "Which goals did we hit this quarter, and which did we miss and why?",
                            "What are the top three risks to next quarter's plan?",
                            "Where should we invest more next quarter, and where less?",
                            "What are customers telling us that the numbers do not show?"));

    private static final MeetingTypeProfile STAFF =
            new MeetingTypeProfile(
                    "Staff meeting",
                    List.of(BIG_ROCKS, STAFFING, INCIDENTS, BUDGET, DECISIONS),
                    weights(2, 2, 2, 2),
                    2,
                    "Wrap-up: announcements and action items",
                    "For the team",
                    List.of(
                            "Which wins should the whole team hear about?",
                            "What changes are coming that people need to prepare for?",
                            "Where are teams blocked on each other?",
                            "What is the team asking that we have not answered yet?"));

    private static final MeetingTypeProfile INCIDENT_REVIEW =
            new MeetingTypeProfile(
                    "Incident review",
                    List.of(INCIDENTS, STAFFING, BIG_ROCKS, BUDGET, DECISIONS),
                    weights(1, 1, 5, 1),
                    2,
                    "Wrap-up: follow-up actions and owners",
                    "For the incident review",
                    List.of(
                            "What was the customer impact, and how long did it last?",
                            "How was the incident detected, and could we have detected it"
                                    + " sooner?",
                            "What slowed down mitigation?",
                            "Which follow-up actions prevent a recurrence, and who owns each?"));

    private static final MeetingTypeProfile FALLBACK =
            new MeetingTypeProfile(
                    "Meeting",
                    List.of(BUDGET, BIG_ROCKS, INCIDENTS, STAFFING, DECISIONS),
                    weights(2, 2, 2, 2),
                    3,
                    "Wrap-up: decisions and action items",
                    "For this meeting",
                    List.of(
                            "What decision or outcome do we need by the end of this meeting?",
                            "What has changed since we last met?",
                            "What is blocked, and who can unblock it?",
                            "What needs to happen next, and who owns it?"));
}
