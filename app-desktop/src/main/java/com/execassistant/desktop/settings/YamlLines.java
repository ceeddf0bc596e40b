package com.execassistant.desktop.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * A block-style YAML file edited line by line: a value is replaced where it stands, so the user's
 * comments, blank lines, key order and keys this app does not know all stay as they were. Only what
 * prep.yaml uses is supported: nested maps of scalars and flow lists ({@code [a, b]}).
 */
public final class YamlLines {

    private static final int STEP = 2;
    private final List<String> lines;

    public YamlLines(String text) {
        lines = new ArrayList<>(text.isEmpty() ? List.of() : List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
    }

    /** Sets {@code dotted.key} to {@code value} (already written as YAML), adding missing keys. */
    public void set(String dottedKey, String value) {
        String[] keys = dottedKey.split("\\.");
        int from = 0;
        int to = lines.size();
        int parentIndent = -1;
        for (int depth = 0; depth < keys.length; depth++) {
            boolean leaf = depth == keys.length - 1;
            int found = find(keys[depth], from, to, parentIndent);
            if (found < 0) {
                insert(keys, depth, to, childIndent(from, to, parentIndent), value);
                return;
            }
            if (leaf) {
                lines.set(found, replaceValue(lines.get(found), value));
                return;
            }
            parentIndent = indent(lines.get(found));
            from = found + 1;
            to = blockEnd(from, parentIndent);
        }
    }

    private int find(String key, int from, int to, int parentIndent) {
        int childIndent = childIndent(from, to, parentIndent);
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (!isContent(line) || indent(line) != childIndent) {
                continue;
            }
            String rest = line.substring(childIndent);
            if (rest.startsWith(key + ":") || rest.startsWith("\"" + key + "\":")) {
                return i;
            }
        }
        return -1;
    }

    /** The indent of a block's children: its first content line's, else one step in. */
    private int childIndent(int from, int to, int parentIndent) {
        for (int i = from; i < to; i++) {
            if (isContent(lines.get(i))) {
                return indent(lines.get(i));
            }
        }
        return parentIndent < 0 ? 0 : parentIndent + STEP;
    }

    private int blockEnd(int from, int parentIndent) {
        int end = from;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isContent(line)) {
                if (indent(line) <= parentIndent) {
                    break;
                }
                end = i + 1;
            }
        }
        return end;
    }

    private void insert(String[] keys, int depth, int at, int indent, String value) {
        List<String> added = new ArrayList<>();
        for (int d = depth; d < keys.length; d++) {
            String pad = " ".repeat(indent + (d - depth) * STEP);
            added.add(pad + keys[d] + ":" + (d == keys.length - 1 ? " " + value : ""));
        }
        lines.addAll(at, added);
    }

    /** Replaces what follows the colon, keeping a trailing comment in its column. */
    static String replaceValue(String line, String value) {
        int colon = line.indexOf(':');
        String head = line.substring(0, colon + 1) + " " + value;
        int comment = commentStart(line, colon + 1);
        if (comment < 0) {
            return head;
        }
        int pad = Math.max(1, comment - head.length());
        return head + " ".repeat(pad) + line.substring(comment);
    }

    /** Where a {@code #} comment starts after {@code from}, outside quotes; -1 when none. */
    static int commentStart(String line, int from) {
        char quote = 0;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"') {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && Character.isWhitespace(line.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isContent(String line) {
        String t = line.strip();
        return !t.isEmpty() && !t.startsWith("#");
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** A string as a double-quoted YAML scalar. */
    public static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** Words as a flow list: {@code [mon, tue]}. */
    public static String flowList(List<String> words) {
        return "[" + String.join(", ", words) + "]";
    }

    public String text() {
        return String.join("\n", lines) + "\n";
    }
}
