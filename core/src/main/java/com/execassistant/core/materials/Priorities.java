package com.execassistant.core.materials;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the user's stated priorities in the prep answers: the answer to the first question that
 * asks for priorities or goals, split into items.
 *
 * <p>Questions are matched by keyword rather than by position because each meeting type words and
 * orders its questions differently, and the user can edit them.
 */
final class Priorities {

    static final int MAX_ITEMS = 7;

    private static final Pattern PRIORITY_QUESTION =
            Pattern.compile(
                    "priorit|\\bgoals?\\b|\\bfocus\\b|most important|want to (get out of|achieve)"
                            + "|\\boutcomes?\\b",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern LINES = Pattern.compile("[\\r\\n;]+");
    private static final Pattern BULLET = Pattern.compile("^[-*\u2022]\\s+");
    // Chat answers often number items inline ("1. budget 2. hiring"); a number is a marker only
    // at the start or after whitespace and before whitespace, so "3.5%" and "Q3." stay intact.
    private static final Pattern NUMBER = Pattern.compile("(?:^|\\s+)\\(?\\d{1,2}[.)]\\s+");
    private static final Pattern LEADING_AND = Pattern.compile("^(?i:and|&)\\s+");
    private static final Pattern NOTHING =
            Pattern.compile("(?i)(none|n/?a|no|nothing|nope|skip|not sure|-+|\\.+)");

    private Priorities() {}

    static boolean asksForPriorities(String question) {
        return PRIORITY_QUESTION.matcher(question).find();
    }

    /** Whether an answer says there is nothing to say ("none", "n/a", "-"). */
    static boolean isNothing(String answer) {
        return NOTHING.matcher(answer.strip()).matches();
    }

    static List<String> from(PrepAnswers answers) {
        return answers.answered().stream()
                .filter(a -> asksForPriorities(a.question()))
                .findFirst()
                .map(a -> split(a.answer()))
                .orElse(List.of());
    }

    static List<String> split(String answer) {
        List<String> raw = new ArrayList<>();
        for (String line : LINES.split(answer.strip())) {
            String unbulleted = BULLET.matcher(line.strip()).replaceFirst("");
            raw.addAll(List.of(NUMBER.split(unbulleted)));
        }
        List<String> items = pieces(raw.toArray(String[]::new));
        if (items.size() == 1 && items.get(0).contains(",")) {
            items = pieces(items.get(0).split(","));
        }
        Map<String, String> unique = new LinkedHashMap<>();
        for (String item : items) {
            unique.putIfAbsent(item.toLowerCase(Locale.ROOT), item);
        }
        return unique.values().stream().limit(MAX_ITEMS).toList();
    }

    private static List<String> pieces(String[] raw) {
        List<String> out = new ArrayList<>();
        for (String piece : raw) {
            String item = LEADING_AND.matcher(piece.strip()).replaceFirst("").strip();
            while (item.endsWith(".") || item.endsWith(",")) {
                item = item.substring(0, item.length() - 1).strip();
            }
            if (!item.isEmpty() && !isNothing(item)) {
                out.add(item);
            }
        }
        return out;
    }
}
