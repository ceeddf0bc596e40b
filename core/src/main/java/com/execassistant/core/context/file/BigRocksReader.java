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
import java.util.stream.Collectors;

/** big_rocks.yaml: the quarter's strategic initiatives and how they stand. */
final class BigRocksReader implements KindReader {

    /** Worst first: the order a meeting should discuss them in. */
    private static final List<String> STATUSES =
            List.of("off_track", "at_risk", "on_track", "done");

    private static final Set<String> TOP = Set.of("period", "rocks");
    private static final Set<String> ROCK = Set.of("name", "owner", "status", "due", "note");

    private record Rock(String status, ContextItem item) {}

    @Override
    public ContextSection read(String fileName, YamlNode root, ContextQuery query)
            throws DataFileException {
        Fields top = Fields.root(fileName, root, TOP);
        if (!top.present("rocks")) {
            throw top.missing("rocks");
        }
        List<Rock> rocks = new ArrayList<>();
        for (Fields f : top.entries("rocks", ROCK)) {
            String status = f.choice("status", Set.copyOf(STATUSES));
            Map<String, String> attributes = new LinkedHashMap<>();
            BudgetReader.putIfPresent(attributes, "owner", f.optionalText("owner"));
            LocalDate due = f.optionalDate("due");
            BudgetReader.putIfPresent(attributes, "due", due == null ? null : due.toString());
            rocks.add(
                    new Rock(
                            status,
                            new ContextItem(
                                    f.text("name"),
                                    f.optionalText("note"),
                                    words(status),
                                    attributes)));
        }
        rocks.sort(Comparator.comparingInt(r -> STATUSES.indexOf(r.status())));
        return new ContextSection(
                ContextKind.BIG_ROCKS, summary(rocks), rocks.stream().map(Rock::item).toList());
    }

    private static String summary(List<Rock> rocks) {
        if (rocks.isEmpty()) {
            return "No big rocks recorded.";
        }
        List<String> parts = new ArrayList<>();
        for (String status : STATUSES) {
            List<String> names =
                    rocks.stream()
                            .filter(r -> r.status().equals(status))
                            .map(r -> r.item().title())
                            .toList();
            if (names.isEmpty()) {
                continue;
            }
            String part = names.size() + " " + words(status);
            // Name the troubled ones: they are what the reader needs to act on.
            if (status.equals("off_track") || status.equals("at_risk")) {
                part += " (" + names.stream().collect(Collectors.joining(", ")) + ")";
            }
            parts.add(part);
        }
        return Numbers.count(rocks.size(), "big rock", "big rocks")
                + ": "
                + String.join(", ", parts)
                + ".";
    }

    private static String words(String status) {
        return status.replace('_', ' ');
    }
}
