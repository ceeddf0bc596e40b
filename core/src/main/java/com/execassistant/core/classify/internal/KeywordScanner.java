package com.execassistant.core.classify.internal;

import com.execassistant.core.config.KeywordForm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, in one pass over a text, the first keyword hit of every meeting type. Keywords are
 * compiled once and indexed by their first character, so a text costs one look-up per word plus a
 * few character comparisons, with no regular expression and no copy of the text.
 */
public final class KeywordScanner {

    private static final KeywordPattern[] NONE = new KeywordPattern[0];

    private final int typeCount;
    private final KeywordPattern[][] byAsciiFirst = new KeywordPattern[128][];
    private final Map<Character, KeywordPattern[]> byOtherFirst = new HashMap<>();

    /**
     * @param keywordsPerType for each meeting type in precedence order, its keywords as written
     */
    public KeywordScanner(List<List<String>> keywordsPerType) {
        this.typeCount = keywordsPerType.size();
        Map<Character, List<KeywordPattern>> index = new HashMap<>();
        for (int type = 0; type < typeCount; type++) {
            for (String keyword : keywordsPerType.get(type)) {
                for (KeywordPattern p : compile(keyword, type)) {
                    index.computeIfAbsent(p.chars()[0], c -> new ArrayList<>()).add(p);
                }
            }
        }
        index.forEach(
                (first, patterns) -> {
                    // Longest first, so that at one place the most specific keyword is reported.
                    patterns.sort(Comparator.comparingInt((KeywordPattern p) -> -p.chars().length));
                    KeywordPattern[] array = patterns.toArray(NONE);
                    if (first < 128) {
                        byAsciiFirst[first] = array;
                    } else {
                        byOtherFirst.put(first, array);
                    }
                });
    }

    /** The normal form, and for a phrase of letters also its words run together. */
    private static List<KeywordPattern> compile(String keyword, int type) {
        String normal = KeywordForm.normalize(keyword);
        if (normal.isEmpty()) {
            return List.of();
        }
        String last = normal.substring(normal.lastIndexOf(' ') + 1);
        boolean plural = last.length() >= 2 && last.chars().allMatch(Character::isLetter);
        List<KeywordPattern> out = new ArrayList<>();
        out.add(new KeywordPattern(normal.toCharArray(), plural, type, keyword));
        boolean lettersOnly = normal.replace(" ", "").chars().allMatch(Character::isLetter);
        if (normal.indexOf(' ') > 0 && lettersOnly) {
            // "post-mortem" should also find "postmortem", "all hands" find "allhands".
            out.add(
                    new KeywordPattern(
                            normal.replace(" ", "").toCharArray(), plural, type, keyword));
        }
        return out;
    }

    /**
     * Scans the first {@code limit} characters of {@code text}.
     *
     * @return for each type, its first hit in the text or null
     */
    public Hit[] scan(String text, int limit) {
        Hit[] hits = new Hit[typeCount];
        int end = Math.min(limit, text.length());
        int found = 0;
        int previous = CharClass.SEPARATOR;
        for (int i = 0; i < end && found < typeCount; i++) {
            char c = text.charAt(i);
            int cls = CharClass.of(c);
            if (cls != CharClass.SEPARATOR && previous == CharClass.SEPARATOR) {
                for (KeywordPattern p : candidates(CharClass.lower(c))) {
                    if (hits[p.type()] == null) {
                        int matchEnd = p.matchAt(text, i, end);
                        if (matchEnd >= 0) {
                            hits[p.type()] = new Hit(p.keyword(), text.substring(i, matchEnd));
                            found++;
                        }
                    }
                }
            }
            previous = cls;
        }
        return hits;
    }

    private KeywordPattern[] candidates(char first) {
        KeywordPattern[] found = first < 128 ? byAsciiFirst[first] : byOtherFirst.get(first);
        return found == null ? NONE : found;
    }

    /**
     * A keyword found in a text.
     *
     * @param keyword the keyword as configured
     * @param found the text it matched, as written there
     */
    public record Hit(String keyword, String found) {}
}
