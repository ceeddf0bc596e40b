package com.execassistant.core.config;

/**
 * The normal form in which keywords are compared: lower case, letters and digits only, one space
 * between words. A change from letters to digits also separates words, so "1on1" reads as "1 on 1"
 * and "SEV2" as "sev 2"; that is what lets "1:1", "1-1" and "1 on 1" or "SEV-2" and "SEV2" be the
 * same thing to the classifier.
 */
public final class KeywordForm {

    private KeywordForm() {}

    /** 0 for a separator, 1 for a letter, 2 for a digit. */
    public static int charClass(char c) {
        if (Character.isLetter(c)) {
            return 1;
        }
        return Character.isDigit(c) ? 2 : 0;
    }

    /** The normal form of a keyword or any text; empty when it has no letter or digit. */
    public static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int cls = charClass(c);
            if (cls != 0) {
                if (previous != 0 && previous != cls || previous == 0 && !sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(Character.toLowerCase(c));
            }
            previous = cls;
        }
        return sb.toString();
    }
}
