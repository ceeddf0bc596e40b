package com.execassistant.core.context.file;

import com.execassistant.core.context.ContextItem;
import com.execassistant.core.context.ContextKind;
import com.execassistant.core.context.ContextQuery;
import com.execassistant.core.context.ContextSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** decisions.yaml: questions waiting for a decision, with their owner, deadline and options. */
final class DecisionsReader implements KindReader {

    private static final Set<String> TOP = Set.of("decisions");
    private static final Set<String> DECISION =
            Set.of("question", "owner", "due", "options", "recommendation", "note");

    private record Decision(LocalDate due, ContextItem item) {}

    @Override
    public Object key(ContextQuery query) {
        return query.meeting().start().toLocalDate();
    }

    @Override
    public ContextSection read(String fileName, YamlNode root, ContextQuery query)
            throws DataFileException {
        Fields top = Fields.root(fileName, root, TOP);
        if (!top.present("decisions")) {
            throw top.missing("decisions");
        }
        // "Overdue" is judged on the meeting's own day: that is when the group will face it.
        LocalDate meetingDay = query.meeting().start().toLocalDate();
        List<Decision> decisions = new ArrayList<>();
        for (Fields f : top.entries("decisions", DECISION)) {
            LocalDate due = f.optionalDate("due");
            Map<String, String> attributes = new LinkedHashMap<>();
            BudgetReader.putIfPresent(attributes, "owner", f.optionalText("owner"));
            BudgetReader.putIfPresent(attributes, "due", due == null ? null : due.toString());
            List<String> options = f.texts("options");
            if (!options.isEmpty()) {
                attributes.put("options", String.join(" | ", options));
            }
            BudgetReader.putIfPresent(
                    attributes, "recommendation", f.optionalText("recommendation"));
            String status =
                    due == null
                            ? "no due date"
                            : due.isBefore(meetingDay) ? "overdue since " + due : "due " + due;
            decisions.add(
                    new Decision(
                            due,
                            new ContextItem(
                                    f.text("question"),
                                    f.optionalText("note"),
                                    status,
                                    attributes)));
        }
        decisions.sort(
                Comparator.comparing(
                        Decision::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return new ContextSection(
                ContextKind.DECISIONS,
                summary(decisions, meetingDay),
                decisions.stream().map(Decision::item).toList());
    }

    private static String summary(List<Decision> decisions, LocalDate meetingDay) {
        if (decisions.isEmpty()) {
            return "No decisions pending.";
        }
        long overdue =
                decisions.stream()
                        .filter(d -> d.due() != null && d.due().isBefore(meetingDay))
                        .count();
        StringBuilder s =
                new StringBuilder(Numbers.count(decisions.size(), "decision", "decisions"))
                        .append(" pending");
        if (overdue > 0) {
            s.append(", ").append(overdue).append(" overdue");
        }
        Decision first = decisions.getFirst();
        if (first.due() != null) {
            s.append("; first due ").append(first.due()).append(": ").append(first.item().title());
        }
        return s.append(s.charAt(s.length() - 1) == '?' ? "" : ".").toString();
    }
}
