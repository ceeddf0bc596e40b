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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** incidents.yaml: recent incidents, their state and follow-ups. */
final class IncidentsReader implements KindReader {

    private static final Set<String> TOP = Set.of("incidents");
    private static final Set<String> INCIDENT =
            Set.of("id", "severity", "title", "status", "date", "impact", "follow_ups");
    private static final Set<String> STATUSES = Set.of("open", "mitigated", "resolved");

    private record Incident(
            int severity, LocalDate date, boolean open, int followUps, ContextItem item) {}

    @Override
    public ContextSection read(String fileName, YamlNode root, ContextQuery query)
            throws DataFileException {
        Fields top = Fields.root(fileName, root, TOP);
        if (!top.present("incidents")) {
            throw top.missing("incidents");
        }
        List<Incident> incidents = new ArrayList<>();
        for (Fields f : top.entries("incidents", INCIDENT)) {
            incidents.add(incident(f));
        }
        // Most severe first, then most recent.
        incidents.sort(
                Comparator.comparingInt(Incident::severity)
                        .thenComparing(Incident::date, Comparator.reverseOrder()));
        return new ContextSection(
                ContextKind.INCIDENTS,
                summary(incidents),
                incidents.stream().map(Incident::item).toList());
    }

    private static Incident incident(Fields f) throws DataFileException {
        String id = f.text("id");
        int severity = severity(f);
        String status = f.choice("status", STATUSES);
        LocalDate date = f.date("date");
        List<String> followUps = f.texts("follow_ups");
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("id", id);
        attributes.put("severity", "SEV" + severity);
        attributes.put("date", date.toString());
        if (!followUps.isEmpty()) {
            attributes.put("follow_ups", String.join("; ", followUps));
        }
        ContextItem item =
                new ContextItem(f.text("title"), f.optionalText("impact"), status, attributes);
        return new Incident(severity, date, !status.equals("resolved"), followUps.size(), item);
    }

    /** SEV0 (worst) to SEV4, written "SEV1", "sev-1" or "1". */
    private static int severity(Fields f) throws DataFileException {
        String raw = f.text("severity").toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        String digits = raw.startsWith("sev") ? raw.substring(3) : raw;
        if (digits.length() == 1 && digits.charAt(0) >= '0' && digits.charAt(0) <= '4') {
            return digits.charAt(0) - '0';
        }
        throw new DataFileException(
                f.file(),
                f.line(),
                "'severity' must be SEV0 to SEV4, not '" + f.text("severity") + "'");
    }

    private static String summary(List<Incident> incidents) {
        if (incidents.isEmpty()) {
            return "No incidents recorded.";
        }
        Map<Integer, Integer> bySeverity = new TreeMap<>();
        incidents.forEach(i -> bySeverity.merge(i.severity(), 1, Integer::sum));
        List<String> counts = new ArrayList<>();
        bySeverity.forEach((sev, n) -> counts.add(n + " SEV" + sev));
        long open = incidents.stream().filter(Incident::open).count();
        int followUps = incidents.stream().mapToInt(Incident::followUps).sum();
        return Numbers.count(incidents.size(), "incident", "incidents")
                + " ("
                + String.join(", ", counts)
                + "), "
                + (open == 0 ? "all resolved" : open + " not yet resolved")
                + ", "
                + Numbers.count(followUps, "follow-up", "follow-ups")
                + " listed.";
    }
}
