package com.execassistant.core.context.file;

import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers its line, so that a problem found while reading a data file can be
 * pointed at. Jackson's own tree drops locations, hence this small one.
 */
sealed interface YamlNode {

    /** 1-based line where the value starts. */
    int line();

    /** A plain value; {@code text} is null for YAML's null ({@code ~} or nothing). */
    record Scalar(int line, String text) implements YamlNode {}

    record Mapping(int line, Map<String, YamlNode> fields) implements YamlNode {}

    record Sequence(int line, List<YamlNode> items) implements YamlNode {}

    /** How to call this kind of value in a message. */
    static String describe(YamlNode node) {
        return switch (node) {
            case Scalar s -> s.text() == null ? "nothing" : "'" + s.text() + "'";
            case Mapping m -> "a set of fields";
            case Sequence q -> "a list";
        };
    }
}
