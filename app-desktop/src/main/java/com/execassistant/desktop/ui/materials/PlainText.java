package com.execassistant.desktop.ui.materials;

import java.util.regex.Pattern;

/**
 * The text of an HTML page, for the clipboard's plain flavour when the agenda is copied: a mail or
 * chat box that takes no HTML should still get readable lines, not tags.
 */
final class PlainText {

    private static final Pattern HEAD = Pattern.compile("(?is)<head.*?</head>");
    private static final Pattern LINE_ENDS =
            Pattern.compile("(?i)<br\\s*/?>|</(p|li|h[1-6]|tr|div|ol|ul)>");
    private static final Pattern ITEM = Pattern.compile("(?i)<li[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*(\\n[ \\t]*)+");

    private PlainText() {}

    static String of(String html) {
        String s = HEAD.matcher(html).replaceAll("");
        s = ITEM.matcher(s).replaceAll("- ");
        s = LINE_ENDS.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = s.replace("\r", "");
        s = BLANK_LINES.matcher(s).replaceAll("\n");
        s =
                s.replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&#39;", "'")
                        .replace("&#x27;", "'")
                        .replace("&nbsp;", " ")
                        .replace("&amp;", "&");
        return s.strip() + "\n";
    }
}
