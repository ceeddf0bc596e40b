package com.execassistant.core.materials;

import java.util.regex.Pattern;

/** Escaping for text placed in Markdown: one line, no markup, no raw HTML, safe in a table cell. */
final class Markdown {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t]]");
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|])");

    private Markdown() {}

    static String text(String s) {
        if (s == null) {
            return "";
        }
        String oneLine = LINE_BREAKS.matcher(s.strip()).replaceAll(" ");
        String clean = CONTROL.matcher(oneLine).replaceAll("");
        return SPECIAL.matcher(clean).replaceAll("\\\\$1");
    }
}
