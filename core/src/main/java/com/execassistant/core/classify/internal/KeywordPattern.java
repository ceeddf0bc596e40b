package com.execassistant.core.classify.internal;

/**
 * One keyword in normal form ({@code "sev"}, {@code "1 on 1"}) compiled for matching against raw
 * text without building a normalised copy of the text first.
 *
 * @param chars the normal form; a space stands for any word boundary
 * @param pluralOk whether a trailing "s" after the last word is accepted ("QBRs")
 * @param type index of the meeting type the keyword belongs to
 * @param keyword the keyword as written in the configuration, for explanations
 */
record KeywordPattern(char[] chars, boolean pluralOk, int type, String keyword) {

    /**
     * Matches at {@code start}, which must be the start of a word.
     *
     * @return the end of the match (exclusive), or -1
     */
    int matchAt(String text, int start, int limit) {
        int j = start;
        for (char pc : chars) {
            if (pc == ' ') {
                if (j >= limit) {
                    return -1;
                }
                int cls = CharClass.of(text.charAt(j));
                if (cls == CharClass.SEPARATOR) {
                    do {
                        j++;
                    } while (j < limit && CharClass.of(text.charAt(j)) == CharClass.SEPARATOR);
                    if (j >= limit) {
                        return -1;
                    }
                } else if (cls == CharClass.of(text.charAt(j - 1))) {
                    // no boundary here: letters run on into letters, digits into digits
                    return -1;
                }
            } else {
                if (j >= limit || CharClass.lower(text.charAt(j)) != pc) {
                    return -1;
                }
                j++;
            }
        }
        return endAt(text, j, limit);
    }

    private int endAt(String text, int j, int limit) {
        if (j >= limit) {
            return j;
        }
        char next = text.charAt(j);
        int cls = CharClass.of(next);
        // A change between letters and digits ends a word too: "sev" ends inside "SEV1".
        if (cls == CharClass.SEPARATOR || cls != CharClass.of(text.charAt(j - 1))) {
            return j;
        }
        if (pluralOk
                && CharClass.lower(next) == 's'
                && (j + 1 >= limit || CharClass.of(text.charAt(j + 1)) != CharClass.LETTER)) {
            return j + 1;
        }
        return -1;
    }
}
