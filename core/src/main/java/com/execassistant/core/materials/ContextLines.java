package com.execassistant.core.materials;

import com.execassistant.core.context.ContextItem;
import com.execassistant.core.context.ContextKind;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain-text lines for context items; callers escape them for HTML or Markdown. */
final class ContextLines {

    static final int MAX_QUOTE = 160;

    private ContextLines() {}

    static String title(ContextItem item) {
        return item.title() == null || item.title().isBlank()
                ? "Untitled item"
                : item.title().strip();
    }

    /** "Cloud spend: over by 12%" - short enough for an agenda bullet. */
    static String brief(ContextItem item) {
        return item.status() == null || item.status().isBlank()
                ? title(item)
                : title(item) + ": " + item.status().strip();
    }

    /** An agenda bullet: the brief line, plus plan and actual for a budget line. */
    static String agendaPoint(ContextKind kind, ContextItem item) {
        if (kind != ContextKind.BUDGET) {
            return brief(item);
        }
        String planned = ItemSignals.attribute(item, "planned", "plan", "budget");
        String actual = ItemSignals.attribute(item, "actual", "forecast", "spent");
        return planned == null || actual == null
                ? brief(item)
                : brief(item) + " (planned " + planned + ", actual " + actual + ")";
    }

    /** Status, detail and attributes after the title, for the notes template. */
    static String full(ContextItem item) {
        StringBuilder line = new StringBuilder(brief(item));
        if (item.detail() != null && !item.detail().isBlank()) {
            line.append(". ").append(item.detail().strip());
        }
        if (!item.attributes().isEmpty()) {
            line.append(" (").append(attributes(item.attributes())).append(')');
        }
        return line.toString();
    }

    /** At most {@value #MAX_QUOTE} characters of free text, on one line. */
    static String shorten(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_QUOTE
                ? oneLine
                : oneLine.substring(0, MAX_QUOTE - 3).strip() + "...";
    }

    private static String attributes(Map<String, String> attributes) {
        return attributes.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey().replace('_', ' ') + " " + e.getValue().strip())
                .collect(Collectors.joining(", "));
    }
}
