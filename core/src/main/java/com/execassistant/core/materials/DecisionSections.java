package com.execassistant.core.materials;

import com.execassistant.core.context.ContextItem;
import com.execassistant.core.context.ContextSection;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the decisions source into agenda sections: one per pending decision, up to a limit so a
 * long backlog cannot crowd out the rest of the meeting; the others share one section.
 *
 * <p>Returned sections carry zero minutes; the planner times them.
 */
final class DecisionSections {

    static final int MAX_DECISIONS = 4;

    private DecisionSections() {}

    static List<AgendaSection> of(ContextSection section) {
        List<ContextItem> items = section.items();
        if (items.isEmpty()) {
            String summary =
                    section.summary() == null || section.summary().isBlank()
                            ? "No decisions are pending"
                            : section.summary().strip();
            return List.of(
                    new AgendaSection("decisions", "Pending decisions", 0, List.of(summary)));
        }
        List<AgendaSection> sections = new ArrayList<>();
        int own = items.size() > MAX_DECISIONS ? MAX_DECISIONS - 1 : items.size();
        for (int i = 0; i < own; i++) {
            ContextItem item = items.get(i);
            sections.add(
                    new AgendaSection(
                            "decision-" + (i + 1),
                            "Decision: " + ContextLines.title(item),
                            0,
                            points(item)));
        }
        if (own < items.size()) {
            List<String> rest =
                    items.subList(own, items.size()).stream().map(ContextLines::brief).toList();
            sections.add(new AgendaSection("decisions", "Other pending decisions", 0, rest));
        }
        return sections;
    }

    private static List<String> points(ContextItem item) {
        List<String> points = new ArrayList<>();
        if (item.detail() != null && !item.detail().isBlank()) {
            points.add(item.detail().strip());
        }
        if (item.status() != null && !item.status().isBlank()) {
            points.add("Status: " + item.status().strip());
        }
        String owner = ItemSignals.attribute(item, "owner", "decider", "decision_maker");
        if (owner != null) {
            points.add("Owner: " + owner);
        }
        String due = ItemSignals.attribute(item, "due", "deadline", "due_date");
        if (due != null) {
            points.add("Due: " + due);
        }
        points.add("Outcome: decide, or name who decides and by when");
        return points;
    }
}
