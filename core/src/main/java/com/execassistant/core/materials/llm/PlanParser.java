package com.execassistant.core.materials.llm;

import com.execassistant.core.materials.AgendaSection;
import com.execassistant.core.materials.MaterialsException;
import com.execassistant.core.materials.QuestionGroup;
import com.execassistant.core.materials.Timeboxer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and checks a model's plan, shared by every LLM writer. A plan is refused, never repaired,
 * when a field is missing or blank, a count or a length is out of bounds, or minutes are not whole
 * and non-negative; the one thing repaired is minutes that do not add up to the meeting's length,
 * which are rescaled with {@link Timeboxer} in proportion to the model's own split, because models
 * are poor at sums and the split is still meaningful.
 */
public final class PlanParser {

    private static final int MAX_MINUTES = 24 * 60;

    private PlanParser() {}

    /**
     * Finds the plan in a model's text (bare JSON, fenced, or inside prose) and checks it.
     *
     * @param plannedMinutes what the sections' minutes must add up to
     * @throws MaterialsException with {@link MaterialsException.Reason#INVALID_OUTPUT}
     */
    public static MaterialsPlan parse(String modelText, int plannedMinutes)
            throws MaterialsException {
        JsonNode plan =
                JsonText.firstPlan(modelText)
                        .orElseThrow(() -> invalid("the answer held no JSON object"));
        return parse(plan, plannedMinutes);
    }

    /**
     * Checks a plan already read as JSON (for example a tool call's input).
     *
     * @throws MaterialsException with {@link MaterialsException.Reason#INVALID_OUTPUT}
     */
    public static MaterialsPlan parse(JsonNode plan, int plannedMinutes) throws MaterialsException {
        if (plan == null || !plan.isObject()) {
            throw invalid("the plan is not a JSON object");
        }
        List<AgendaSection> sections = sections(plan.get("sections"), plannedMinutes);
        List<QuestionGroup> groups = groups(plan.get("question_groups"));
        List<String> notes =
                plan.hasNonNull("notes")
                        ? strings(plan.get("notes"), "the notes", PlanSchema.MAX_NOTES)
                        : List.of();
        return new MaterialsPlan(sections, groups, notes);
    }

    private static List<AgendaSection> sections(JsonNode node, int plannedMinutes)
            throws MaterialsException {
        List<JsonNode> items = array(node, "agenda sections", 1, PlanSchema.MAX_SECTIONS);
        List<String> titles = new ArrayList<>();
        List<Integer> minutes = new ArrayList<>();
        List<List<String>> points = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String where = "section " + (i + 1);
            JsonNode s = object(items.get(i), where);
            titles.add(text(s.get("title"), where + "'s title", PlanSchema.MAX_TITLE_CHARS));
            minutes.add(minutes(s.get("minutes"), where));
            points.add(
                    s.hasNonNull("points")
                            ? strings(s.get("points"), where + "'s points", PlanSchema.MAX_POINTS)
                            : List.of());
        }
        List<Integer> timed = fit(minutes, plannedMinutes);
        List<AgendaSection> sections = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            sections.add(
                    new AgendaSection(
                            "section-" + (i + 1), titles.get(i), timed.get(i), points.get(i)));
        }
        return sections;
    }

    /** The model's minutes if they add up, else the same split rescaled to the planned length. */
    static List<Integer> fit(List<Integer> minutes, int plannedMinutes) {
        int sum = minutes.stream().mapToInt(Integer::intValue).sum();
        if (sum == plannedMinutes) {
            return minutes;
        }
        // A zero-minute section was meant as short, not as nothing, once the total is redone.
        return Timeboxer.allocate(
                plannedMinutes, minutes.stream().map(m -> Math.max(m, 1)).toList());
    }

    private static List<QuestionGroup> groups(JsonNode node) throws MaterialsException {
        List<JsonNode> items = array(node, "question groups", 1, PlanSchema.MAX_GROUPS);
        List<QuestionGroup> groups = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String where = "question group " + (i + 1);
            JsonNode g = object(items.get(i), where);
            String heading =
                    text(g.get("heading"), where + "'s heading", PlanSchema.MAX_TITLE_CHARS);
            List<String> questions =
                    strings(g.get("questions"), where + "'s questions", PlanSchema.MAX_QUESTIONS);
            if (questions.isEmpty()) {
                throw invalid(where + " has no questions");
            }
            groups.add(new QuestionGroup(heading, questions));
        }
        return groups;
    }

    private static int minutes(JsonNode node, String where) throws MaterialsException {
        // Some local models quote numbers; "10" is as clear as 10.
        JsonNode n = node != null && node.isTextual() ? numberIn(node.asText().strip()) : node;
        if (n == null || !n.isIntegralNumber() || !n.canConvertToInt()) {
            throw invalid(where + "'s minutes are not a whole number");
        }
        int m = n.intValue();
        if (m < 0 || m > MAX_MINUTES) {
            throw invalid(where + " has " + m + " minutes");
        }
        return m;
    }

    private static JsonNode numberIn(String text) {
        return text.matches("\\d{1,5}") ? IntNode.valueOf(Integer.parseInt(text)) : null;
    }

    private static List<String> strings(JsonNode node, String what, int max)
            throws MaterialsException {
        List<String> out = new ArrayList<>();
        List<JsonNode> items = array(node, what, 0, max);
        for (int i = 0; i < items.size(); i++) {
            out.add(
                    text(
                            items.get(i),
                            what + " (item " + (i + 1) + ")",
                            PlanSchema.MAX_TEXT_CHARS));
        }
        return out;
    }

    private static List<JsonNode> array(JsonNode node, String what, int min, int max)
            throws MaterialsException {
        if (node == null || node.isNull()) {
            throw invalid(what + " are missing");
        }
        if (!node.isArray()) {
            throw invalid(what + " are not a list");
        }
        if (node.size() < min) {
            throw invalid("the plan has no " + what);
        }
        if (node.size() > max) {
            throw invalid(
                    "the plan has "
                            + node.size()
                            + " "
                            + what
                            + "; at most "
                            + max
                            + " are allowed");
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    private static JsonNode object(JsonNode node, String where) throws MaterialsException {
        if (node == null || !node.isObject()) {
            throw invalid(where + " is not an object");
        }
        return node;
    }

    private static String text(JsonNode node, String what, int max) throws MaterialsException {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw invalid(what + " is missing or blank");
        }
        String s = node.asText().strip();
        if (s.length() > max) {
            throw invalid(what + " is longer than " + max + " characters");
        }
        return s;
    }

    private static MaterialsException invalid(String detail) {
        return new MaterialsException(
                MaterialsException.Reason.INVALID_OUTPUT,
                "The AI writer's plan was unusable: " + detail + ".");
    }
}
