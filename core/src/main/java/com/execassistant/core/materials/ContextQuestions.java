package com.execassistant.core.materials;

import com.execassistant.core.context.ContextItem;
import com.execassistant.core.context.ContextSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Questions a context source raises: about each variance, risk, incident, role and decision. */
final class ContextQuestions {

    private static final int MAX_PER_SOURCE = 6;
    private static final int MAX_INCIDENTS = 3;

    private ContextQuestions() {}

    static List<String> of(ContextSection section) {
        List<String> questions =
                switch (section.kind()) {
                    case BUDGET -> budget(section.items());
                    case BIG_ROCKS -> bigRocks(section.items());
                    case INCIDENTS -> incidents(section.items());
                    case STAFFING -> staffing(section.items());
                    case DECISIONS -> decisions(section.items());
                };
        return questions.stream().limit(MAX_PER_SOURCE).toList();
    }

    private static List<String> budget(List<ContextItem> items) {
        List<String> out = new ArrayList<>();
        for (ContextItem item : items) {
            budgetQuestion(item).ifPresent(out::add);
        }
        if (out.isEmpty()) {
            out.add("Are we on track to land the year within budget, and what could change that?");
        }
        return out;
    }

    private static Optional<String> budgetQuestion(ContextItem item) {
        String title = ContextLines.title(item);
        return BudgetVariance.of(item)
                .map(
                        v -> {
                            String pct = v.percent() == null ? "" : Math.abs(v.percent()) + "% ";
                            return v.over()
                                    ? "What is driving the "
                                            + pct
                                            + "overrun on "
                                            + title
                                            + ", and what is the plan to close it?"
                                    : title
                                            + " is "
                                            + pct
                                            + "under plan: is work delayed, or can"
                                            + " the money move to a priority?";
                        });
    }

    private static List<String> bigRocks(List<ContextItem> items) {
        List<String> out = new ArrayList<>();
        for (ContextItem item : items) {
            String title = ContextLines.title(item);
            if (ItemSignals.blocked(item)) {
                out.add("What is blocking " + title + ", and who can unblock it?");
            } else if (ItemSignals.atRisk(item)) {
                out.add(
                        "What would it take to get "
                                + title
                                + " back on track, and what does its owner need from this group?");
            }
        }
        if (out.isEmpty()) {
            out.add("Which big rock is most likely to slip next, and what is the early warning?");
        }
        return out;
    }

    private static List<String> incidents(List<ContextItem> items) {
        List<String> out = new ArrayList<>();
        for (ContextItem item : items.stream().limit(MAX_INCIDENTS).toList()) {
            String title = ContextLines.title(item);
            out.add(
                    ItemSignals.unresolved(item)
                            ? "What is the current status of "
                                    + title
                                    + ", and when do we expect it resolved?"
                            : "What was the root cause of " + title + ", and is the fix in place?");
            out.add(
                    "Which follow-up actions from "
                            + title
                            + " are still open, and who owns each?");
        }
        if (out.isEmpty()) {
            out.add(
                    "Were there incidents or near misses this period that did not reach the report?");
        }
        return out;
    }

    private static List<String> staffing(List<ContextItem> items) {
        List<String> out = new ArrayList<>();
        for (ContextItem item : items) {
            String title = ContextLines.title(item);
            if (ItemSignals.departure(item)) {
                out.add(
                        "What is the backfill plan for "
                                + title
                                + ", and what is at risk until then?");
            } else if (ItemSignals.openRole(item)) {
                out.add("What is blocking the " + title + " hire, and when do we expect an offer?");
            } else {
                out.add("How does " + title + " change the team's capacity?");
            }
        }
        if (out.isEmpty()) {
            out.add("Where is the team short of capacity right now?");
        }
        return out;
    }

    private static List<String> decisions(List<ContextItem> items) {
        List<String> out = new ArrayList<>();
        for (ContextItem item : items) {
            String due = ItemSignals.attribute(item, "due", "deadline", "due_date");
            out.add(
                    "What would let us close the decision on "
                            + ContextLines.title(item)
                            + (due == null ? "" : " (due " + due + ")")
                            + " today, and who makes the final call?");
        }
        return out;
    }
}
