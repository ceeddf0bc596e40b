package com.execassistant.core.config.internal;

import com.execassistant.core.config.ConfigException;
import com.execassistant.core.config.internal.YamlNode.Entry;
import com.execassistant.core.config.internal.YamlNode.Kind;
import com.execassistant.core.config.internal.YamlNode.ListNode;
import com.execassistant.core.config.internal.YamlNode.Location;
import com.execassistant.core.config.internal.YamlNode.MapNode;
import com.execassistant.core.config.internal.YamlNode.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A map in a configuration file read as a group of known keys, with the checks every group needs:
 * no unknown keys, required keys present, values of the right kind and range.
 *
 * @param map the map
 * @param owner where the key that holds the map was written, where a missing key is reported
 * @param where where the map belongs, for messages, e.g. {@code in type "qbr"}
 */
public record Section(MapNode map, Location owner, String where) {

    /** Reads {@code node} as a section, or explains that a map was expected there. */
    public static Section of(YamlNode node, Location at, String where, String example) {
        if (node instanceof MapNode m) {
            return new Section(m, at, where);
        }
        throw fail(
                at,
                "the value " + where + " must be a map of keys, but it is " + node.describe(),
                "write the keys indented below it, for example: " + example);
    }

    /** Stops at the first key that is not one of {@code known}, suggesting the closest. */
    public void allowOnly(List<String> known) {
        for (Entry e : map.entries().values()) {
            if (!known.contains(e.key())) {
                String fix =
                        Suggestions.closest(e.key(), known)
                                        .map(k -> "did you mean \"" + k + "\"? Known keys here: ")
                                        .orElse("remove it or use one of the known keys: ")
                                + String.join(", ", known);
                throw fail(e.keyLocation(), "unknown key \"" + e.key() + "\" " + where, fix);
            }
        }
    }

    public Optional<Entry> optional(String key) {
        return Optional.ofNullable(map.entries().get(key));
    }

    public Entry required(String key, String example) {
        Entry e = map.entries().get(key);
        if (e == null) {
            throw fail(
                    owner,
                    "the key \"" + key + "\" is missing " + where,
                    "add it, for example: " + example);
        }
        return e;
    }

    /** A whole number within [min, max]; {@code unit} names what it counts, e.g. "hours". */
    public static int integer(Entry e, String where, int min, int max, String unit) {
        YamlNode v = e.value();
        String name = e.key() + " " + where;
        if (!(v instanceof ScalarNode s) || s.kind() != Kind.INTEGER || s.integer() == null) {
            throw fail(
                    v.location(),
                    name + " must be a whole number of " + unit + ", but it is " + v.describe(),
                    "write a number such as " + e.key() + ": " + Math.max(min, 1));
        }
        long n = s.integer();
        if (n < 0 && min >= 0) {
            throw fail(
                    v.location(),
                    name + " is negative (" + n + ")",
                    "use a number of " + unit + " from " + min + " to " + max);
        }
        if (n < min || n > max) {
            throw fail(
                    v.location(),
                    name + " is " + n + ", outside the allowed range",
                    "use a number of " + unit + " from " + min + " to " + max);
        }
        return (int) n;
    }

    /** A non-blank piece of text; numbers and yes/no values are taken as written. */
    public static String text(YamlNode v, String name) {
        if (!(v instanceof ScalarNode s) || s.kind() == Kind.NULL || s.text().isBlank()) {
            throw fail(
                    v.location(),
                    name + " must be a piece of text, but it is " + v.describe(),
                    "write the text after the colon, in quotes if it contains ': ' or '#'");
        }
        return s.text().trim();
    }

    /** A list of non-blank texts, each with where it was written. */
    public static List<Located> texts(Entry e, String where) {
        YamlNode v = e.value();
        if (!(v instanceof ListNode list)) {
            throw fail(
                    v.location(),
                    e.key() + " " + where + " must be a list, but it is " + v.describe(),
                    "write one item per line starting with '- ', or [\"a\", \"b\"]");
        }
        List<Located> out = new ArrayList<>();
        for (YamlNode item : list.items()) {
            out.add(
                    new Located(
                            text(item, "each item of " + e.key() + " " + where), item.location()));
        }
        return out;
    }

    /** A text with where it was written. */
    public record Located(String text, Location location) {}

    public static ConfigException fail(Location at, String problem, String fix) {
        return new ConfigException(at.file(), at.line(), at.column(), problem, fix);
    }
}
