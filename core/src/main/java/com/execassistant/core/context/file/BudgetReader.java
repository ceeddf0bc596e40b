package com.execassistant.core.context.file;

import com.execassistant.core.context.ContextItem;
import com.execassistant.core.context.ContextKind;
import com.execassistant.core.context.ContextQuery;
import com.execassistant.core.context.ContextSection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** budget.yaml: planned against actual spend per line, with the variance worked out. */
final class BudgetReader implements KindReader {

    static final int DEFAULT_TOLERANCE_PERCENT = 2;

    private static final Set<String> TOP =
            Set.of("period", "currency", "tolerance_percent", "lines");
    private static final Set<String> LINE =
            Set.of("name", "planned", "actual", "currency", "period", "owner", "note");

    private record Line(ContextItem item, Variance variance) {}

    @Override
    public ContextSection read(String fileName, YamlNode root, ContextQuery query)
            throws DataFileException {
        Fields top = Fields.root(fileName, root, TOP);
        if (!top.present("lines")) {
            throw top.missing("lines");
        }
        int tolerance = top.count("tolerance_percent", DEFAULT_TOLERANCE_PERCENT);
        List<Line> lines = new ArrayList<>();
        for (Fields f : top.entries("lines", LINE)) {
            lines.add(line(f, top, tolerance));
        }
        // Overruns first, largest first: that is what the meeting will ask about.
        List<Line> ordered = new ArrayList<>(lines);
        ordered.sort(
                Comparator.comparing((Line l) -> !isOver(l))
                        .thenComparingInt(l -> isOver(l) ? -l.variance().percent() : 0));
        return new ContextSection(
                ContextKind.BUDGET,
                summary(lines, top.optionalText("period")),
                ordered.stream().map(Line::item).toList());
    }

    private static Line line(Fields f, Fields top, int tolerance) throws DataFileException {
        String name = f.text("name");
        BigDecimal planned = f.amount("planned");
        BigDecimal actual = f.amount("actual");
        String currency = f.has("currency") ? f.text("currency") : top.optionalText("currency");
        if (currency == null) {
            throw new DataFileException(
                    f.file(),
                    f.line(),
                    "'currency' is missing (give it on the line or once at the top)");
        }
        String period = f.has("period") ? f.text("period") : top.optionalText("period");
        Variance variance = Variance.of(planned, actual, tolerance);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("planned", Numbers.money(planned, currency));
        attributes.put("actual", Numbers.money(actual, currency));
        String difference = Numbers.signedMoney(actual.subtract(planned), currency);
        attributes.put(
                "variance",
                planned.signum() == 0
                        ? difference
                        : difference
                                + " ("
                                + (variance.percent() > 0 ? "+" : "")
                                + variance.percent()
                                + "%)");
        putIfPresent(attributes, "period", period);
        putIfPresent(attributes, "owner", f.optionalText("owner"));
        return new Line(
                new ContextItem(name, f.optionalText("note"), variance.status(planned), attributes),
                variance);
    }

    private static String summary(List<Line> lines, String period) {
        if (lines.isEmpty()) {
            return "No budget lines recorded.";
        }
        long over =
                lines.stream()
                        .filter(l -> l.variance().standing() == Variance.Standing.OVER)
                        .count();
        long under =
                lines.stream()
                        .filter(l -> l.variance().standing() == Variance.Standing.UNDER)
                        .count();
        long onPlan = lines.size() - over - under;
        StringBuilder s =
                new StringBuilder(Numbers.count(lines.size(), "budget line", "budget lines"));
        if (period != null) {
            s.append(" for ").append(period);
        }
        s.append(": ")
                .append(over == 0 ? "none" : over)
                .append(" over, ")
                .append(under)
                .append(" under, ")
                .append(onPlan)
                .append(" on plan");
        lines.stream()
                .filter(l -> l.variance().standing() == Variance.Standing.OVER)
                .max(Comparator.comparingInt(l -> l.variance().percent()))
                .ifPresent(
                        l ->
                                s.append("; largest overrun ")
                                        .append(l.item().title())
                                        .append(" (")
                                        .append(l.item().status())
                                        .append(")"));
        return s.append('.').toString();
    }

    private static boolean isOver(Line line) {
        return line.variance().standing() == Variance.Standing.OVER;
    }

    static void putIfPresent(Map<String, String> attributes, String key, String value) {
        if (value != null) {
            attributes.put(key, value);
        }
    }
}
