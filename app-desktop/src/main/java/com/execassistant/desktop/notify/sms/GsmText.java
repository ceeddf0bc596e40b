package com.execassistant.desktop.notify.sms;

import java.text.Normalizer;

/**
 * The GSM 03.38 alphabet a single 160-character SMS is written in. One character outside it turns
 * the whole message into UCS-2, which holds only 70 characters per part, so text is first brought
 * into the alphabet where that loses nothing a reader needs (curly quotes, dashes, accents).
 */
final class GsmText {

    /** Characters in one single-part GSM message. */
    static final int GSM_LIMIT = 160;

    /** UTF-16 units in a two-part UCS-2 message (67 each): the limit when GSM is impossible. */
    static final int UCS2_LIMIT = 134;

    private static final String BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    // Each of these takes an escape plus the character: two of the 160.
    private static final String EXTENSION = "^{}\\[~]|€\f";

    private GsmText() {}

    /** Replaces typographic characters and accents with GSM ones, and collapses white space. */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(toGsm(cp)));
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static String toGsm(int cp) {
        String plain =
                switch (cp) {
                    case '‘', '’', '‚', '‛', '′', '`', '´' -> "'";
                    case '“', '”', '„', '″', '«', '»' -> "\"";
                    case '–', '—', '―', '‐', '‑', '−', '•', '·' -> "-";
                    case '…' -> "...";
                    // Letters with a stroke have no decomposition to strip.
                    case 'Ł' -> "L";
                    case 'ł' -> "l";
                    case 'Đ' -> "D";
                    case 'đ' -> "d";
                    case 'ı' -> "i";
                    case '\t', '\n', '\r', '\f', '\u00a0', '\u2007', '\u2009', '\u202f' -> " ";
                    default -> null;
                };
        if (plain != null) {
            return plain;
        }
        String original = Character.toString(cp);
        if (isGsm(original) || Character.isISOControl(cp)) {
            return Character.isISOControl(cp) ? "" : original;
        }
        String stripped =
                Normalizer.normalize(original, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        // Kept as is when there is no GSM form (a Japanese title): the message becomes UCS-2.
        return !stripped.isEmpty() && isGsm(stripped) ? stripped : original;
    }

    /** Whether every character of {@code text} is in the GSM alphabet or its extension. */
    static boolean isGsm(String text) {
        return text.chars().allMatch(c -> BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0);
    }

    /**
     * The length the network counts: GSM septets (extension characters count two) or, for text
     * outside GSM, UTF-16 units.
     */
    static int length(String text) {
        if (!isGsm(text)) {
            return text.length();
        }
        return text.length() + (int) text.chars().filter(c -> EXTENSION.indexOf(c) >= 0).count();
    }

    /** The most {@link #length} the text may have: one GSM part, or two UCS-2 parts. */
    static int limit(String text) {
        return isGsm(text) ? GSM_LIMIT : UCS2_LIMIT;
    }
}
