package com.execassistant.core.context.file;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One set of fields in a data file (the top level, or one entry of a list), read with messages that
 * name the file, the line and the field.
 *
 * <p>Unknown fields are refused rather than ignored: these files are typed by hand, and a misspelt
 * optional field would otherwise vanish without a word.
 */
final class Fields {

    private final String file;
    private final YamlNode.Mapping map;

    private Fields(String file, YamlNode.Mapping map, Set<String> known) throws DataFileException {
        this.file = file;
        this.map = map;
        for (Map.Entry<String, YamlNode> e : map.fields().entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new DataFileException(
                        file,
                        e.getValue().line(),
                        "unknown field '"
                                + e.getKey()
                                + "' (expected "
                                + String.join(", ", new TreeSet<>(known))
                                + ")");
            }
        }
    }

    /** The top level of a file, which must be a set of fields. */
    static Fields root(String file, YamlNode root, Set<String> known) throws DataFileException {
        if (!(root instanceof YamlNode.Mapping m)) {
            throw new DataFileException(
                    file,
                    root.line(),
                    "expected fields such as "
                            + new TreeSet<>(known)
                            + " at the top, found "
                            + YamlNode.describe(root));
        }
        return new Fields(file, m, known);
    }

    int line() {
        return map.line();
    }

    String file() {
        return file;
    }

    /** Whether the key is written at all, even with nothing after it. */
    boolean present(String key) {
        return map.fields().containsKey(key);
    }

    boolean has(String key) {
        YamlNode node = map.fields().get(key);
        return node != null && !(node instanceof YamlNode.Scalar s && s.text() == null);
    }

    String text(String key) throws DataFileException {
        String value = optionalText(key);
        if (value == null) {
            throw missing(key);
        }
        return value;
    }

    /** A text, or null when absent or blank. */
    String optionalText(String key) throws DataFileException {
        if (!has(key)) {
            return null;
        }
        YamlNode node = map.fields().get(key);
        if (!(node instanceof YamlNode.Scalar s)) {
            throw wrong(key, node, "a single value");
        }
        String text = s.text().strip();
        return text.isEmpty() ? null : text;
    }

    BigDecimal amount(String key) throws DataFileException {
        BigDecimal value = optionalAmount(key);
        if (value == null) {
            throw missing(key);
        }
        return value;
    }

    /** A number of zero or more, or null when absent. */
    BigDecimal optionalAmount(String key) throws DataFileException {
        String text = optionalText(key);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.replace("_", ""));
            if (value.signum() < 0) {
                throw wrong(key, map.fields().get(key), "zero or more");
            }
            return value;
        } catch (NumberFormatException e) {
            throw wrong(
                    key,
                    map.fields().get(key),
                    "a number such as 1200000 (no commas or currency signs)");
        }
    }

    int count(String key, int fallback) throws DataFileException {
        BigDecimal value = optionalAmount(key);
        if (value == null) {
            return fallback;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw wrong(key, map.fields().get(key), "a whole number");
        }
    }

    int whole(String key) throws DataFileException {
        if (!has(key)) {
            throw missing(key);
        }
        return count(key, 0);
    }

    LocalDate optionalDate(String key) throws DataFileException {
        String text = optionalText(key);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw wrong(key, map.fields().get(key), "a date such as 2026-03-06");
        }
    }

    LocalDate date(String key) throws DataFileException {
        LocalDate value = optionalDate(key);
        if (value == null) {
            throw missing(key);
        }
        return value;
    }

    boolean flag(String key, boolean fallback) throws DataFileException {
        String text = optionalText(key);
        if (text == null) {
            return fallback;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw wrong(key, map.fields().get(key), "true or false");
        };
    }

    /** One of the given words (case-insensitive), returned in lower case. */
    String choice(String key, Set<String> allowed) throws DataFileException {
        String value = text(key).toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            throw wrong(
                    key,
                    map.fields().get(key),
                    "one of " + String.join(", ", new TreeSet<>(allowed)));
        }
        return value;
    }

    /** A list of texts, empty when absent. */
    List<String> texts(String key) throws DataFileException {
        List<String> out = new ArrayList<>();
        for (YamlNode item : list(key)) {
            if (!(item instanceof YamlNode.Scalar s) || s.text() == null || s.text().isBlank()) {
                throw new DataFileException(
                        file,
                        item.line(),
                        "each entry of '"
                                + key
                                + "' must be a line of text, not "
                                + YamlNode.describe(item));
            }
            out.add(s.text().strip());
        }
        return out;
    }

    /** A list of sets of fields, empty when absent. */
    List<Fields> entries(String key, Set<String> known) throws DataFileException {
        List<Fields> out = new ArrayList<>();
        for (YamlNode item : list(key)) {
            if (!(item instanceof YamlNode.Mapping m)) {
                throw new DataFileException(
                        file,
                        item.line(),
                        "each entry of '"
                                + key
                                + "' needs fields such as "
                                + new TreeSet<>(known)
                                + ", not "
                                + YamlNode.describe(item));
            }
            out.add(new Fields(file, m, known));
        }
        return out;
    }

    /** A nested set of fields, or null when absent. */
    Fields optionalGroup(String key, Set<String> known) throws DataFileException {
        if (!has(key)) {
            return null;
        }
        YamlNode node = map.fields().get(key);
        if (!(node instanceof YamlNode.Mapping m)) {
            throw wrong(key, node, "fields such as " + new TreeSet<>(known));
        }
        return new Fields(file, m, known);
    }

    private List<YamlNode> list(String key) throws DataFileException {
        if (!has(key)) {
            return List.of();
        }
        YamlNode node = map.fields().get(key);
        if (!(node instanceof YamlNode.Sequence q)) {
            throw wrong(key, node, "a list (entries starting with '- ')");
        }
        return q.items();
    }

    DataFileException missing(String key) {
        return new DataFileException(file, map.line(), "'" + key + "' is missing");
    }

    DataFileException wrong(String key, YamlNode node, String expected) {
        return new DataFileException(
                file,
                node.line(),
                "'" + key + "' must be " + expected + ", not " + YamlNode.describe(node));
    }
}
