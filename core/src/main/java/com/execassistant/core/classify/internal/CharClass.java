package com.execassistant.core.classify.internal;

import com.execassistant.core.config.KeywordForm;

/**
 * Fast character classes for the keyword scanner: the same classes as {@link KeywordForm}, with a
 * table for ASCII because titles are mostly ASCII and this runs once per character.
 */
final class CharClass {

    static final int SEPARATOR = 0;
    static final int LETTER = 1;
    static final int DIGIT = 2;

    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) KeywordForm.charClass(c);
        }
    }

    private CharClass() {}

    static int of(char c) {
        return c < 128 ? ASCII[c] : KeywordForm.charClass(c);
    }

    static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }
}
