package com.execassistant.core.config.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it was written, so that every validation error can name the
 * file, line and column. Jackson's own tree forgets locations, hence this small tree.
 */
public sealed interface YamlNode {

    Location location();

    /** What the value is, in words for error messages ("a list", "text", ...). */
    String describe();

    /** A place in a configuration file; line and column are 1-based. */
    record Location(String file, int line, int column) {}

    /** A key of a map with where the key itself was written. */
    record Entry(String key, Location keyLocation, YamlNode value) {}

    /** A mapping; entries keep the order of the file, which carries meaning (precedence). */
    record MapNode(Location location, Map<String, Entry> entries) implements YamlNode {
        public MapNode {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "a map of keys";
        }
    }

    /** A sequence. */
    record ListNode(Location location, List<YamlNode> items) implements YamlNode {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A single value.
     *
     * @param integer the value of an {@link Kind#INTEGER}, null for other kinds or when it does not
     *     fit in a long
     */
    record ScalarNode(Location location, Kind kind, String text, Long integer) implements YamlNode {
        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "text (\"" + text + "\")";
                case INTEGER -> "the number " + text;
                case DECIMAL -> "the number " + text + " with a fraction";
                case BOOLEAN -> "the yes/no value " + text;
                case NULL -> "empty";
            };
        }
    }

    /** The kinds of scalar YAML distinguishes. */
    enum Kind {
        STRING,
        INTEGER,
        DECIMAL,
        BOOLEAN,
        NULL
    }
}
