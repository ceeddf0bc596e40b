package com.execassistant.core.context.file;

import com.execassistant.core.context.ContextItem;
import com.execassistant.core.context.ContextKind;
import com.execassistant.core.context.ContextQuery;
import com.execassistant.core.context.ContextSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** staffing.yaml: headcount against plan, open requisitions, hires, departures and notes. */
final class StaffingReader implements KindReader {

    private static final Set<String> TOP =
            Set.of("period", "headcount", "open_reqs", "hires", "departures", "notes");
    private static final Set<String> HEADCOUNT = Set.of("planned", "actual");
    private static final Set<String> REQ = Set.of("role", "team", "count", "stage", "opened");
    private static final Set<String> STAGES =
            Set.of("sourcing", "screening", "interviewing", "offer");
    private static final Set<String> HIRE = Set.of("name", "role", "team", "start");
    private static final Set<String> DEPARTURE =
            Set.of("name", "role", "team", "date", "regretted");

    @Override
    public ContextSection read(String fileName, YamlNode root, ContextQuery query)
            throws DataFileException {
        Fields top = Fields.root(fileName, root, TOP);
        List<ContextItem> items = new ArrayList<>();
        int reqs = 0;
        for (Fields f : top.entries("open_reqs", REQ)) {
            int count = f.count("count", 1);
            reqs += count;
            Map<String, String> a = new LinkedHashMap<>();
            BudgetReader.putIfPresent(a, "team", f.optionalText("team"));
            a.put("count", String.valueOf(count));
            LocalDate opened = f.optionalDate("opened");
            BudgetReader.putIfPresent(a, "opened", opened == null ? null : opened.toString());
            String stage = f.has("stage") ? f.choice("stage", STAGES) : "sourcing";
            items.add(
                    new ContextItem(
                            "Open req: " + role(f) + (count > 1 ? " (" + count + ")" : ""),
                            null,
                            stage,
                            a));
        }
        List<Fields> hires = top.entries("hires", HIRE);
        for (Fields f : hires) {
            Map<String, String> a = new LinkedHashMap<>();
            BudgetReader.putIfPresent(a, "name", f.optionalText("name"));
            BudgetReader.putIfPresent(a, "team", f.optionalText("team"));
            LocalDate start = f.optionalDate("start");
            items.add(
                    new ContextItem(
                            "Hire: " + role(f),
                            null,
                            start == null ? "hired" : "starts " + start,
                            a));
        }
        List<Fields> departures = top.entries("departures", DEPARTURE);
        int regretted = 0;
        for (Fields f : departures) {
            boolean regret = f.flag("regretted", false);
            regretted += regret ? 1 : 0;
            Map<String, String> a = new LinkedHashMap<>();
            BudgetReader.putIfPresent(a, "name", f.optionalText("name"));
            BudgetReader.putIfPresent(a, "team", f.optionalText("team"));
            LocalDate date = f.optionalDate("date");
            BudgetReader.putIfPresent(a, "date", date == null ? null : date.toString());
            items.add(
                    new ContextItem(
                            "Departure: " + role(f),
                            null,
                            regret ? "regretted" : "not regretted",
                            a));
        }
        for (String note : top.texts("notes")) {
            items.add(new ContextItem("Note", note, null, Map.of()));
        }
        String headcount = headcount(top.optionalGroup("headcount", HEADCOUNT));
        String summary =
                (headcount == null ? "" : headcount + "; ")
                        + Numbers.count(reqs, "open req", "open reqs")
                        + ", "
                        + Numbers.count(hires.size(), "hire", "hires")
                        + ", "
                        + Numbers.count(departures.size(), "departure", "departures")
                        + (regretted > 0 ? " (" + regretted + " regretted)" : "")
                        + ".";
        String period = top.optionalText("period");
        return new ContextSection(
                ContextKind.STAFFING, period == null ? summary : period + ": " + summary, items);
    }

    private static String role(Fields f) throws DataFileException {
        String team = f.optionalText("team");
        return f.text("role") + (team == null ? "" : ", " + team);
    }

    private static String headcount(Fields group) throws DataFileException {
        if (group == null) {
            return null;
        }
        return "headcount " + group.whole("actual") + " of " + group.whole("planned") + " planned";
    }
}
