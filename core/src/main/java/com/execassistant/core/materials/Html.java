package com.execassistant.core.materials;

/** Escaping for text placed in XHTML: calendar titles and answers are untrusted. */
final class Html {

    private Html() {}

    /** Text safe in element content and in double- or single-quoted attribute values. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints()
                .forEach(
                        c -> {
                            switch (c) {
                                case '&' -> out.append("&amp;");
                                case '<' -> out.append("&lt;");
                                case '>' -> out.append("&gt;");
                                case '"' -> out.append("&quot;");
                                case '\'' -> out.append("&#39;");
                                default -> {
                                    if (allowedInXml(c)) {
                                        out.appendCodePoint(c);
                                    } else {
                                        out.append('\uFFFD');
                                    }
                                }
                            }
                        });
        return out.toString();
    }

    // XML 1.0 forbids most control characters even as references; one in a calendar title would
    // make the whole agenda unparseable, so they become U+FFFD.
    private static boolean allowedInXml(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
