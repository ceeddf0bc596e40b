package com.execassistant.desktop.settings;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a stored secret is shown: enough to recognise which one it is ({@code xoxb-…7f3a set}), never
 * enough to use it. Short secrets show nothing of themselves.
 */
public final class SecretMask {

    /** A token's kind prefix such as {@code xoxb-}, {@code xapp-} or {@code sk-}. */
    private static final Pattern PREFIX = Pattern.compile("^([A-Za-z]{2,4}-)");

    private static final int SHOWN_TAIL = 4;
    private static final int LONG_ENOUGH = 16;

    private SecretMask() {}

    /** The masked form of a stored value, or "not set". */
    public static String of(String secret) {
        if (secret == null || secret.isBlank()) {
            return "not set";
        }
        if (secret.length() < LONG_ENOUGH) {
            return "set (hidden)";
        }
        Matcher m = PREFIX.matcher(secret);
        String prefix = m.find() ? m.group(1) : "";
        return prefix + "…" + secret.substring(secret.length() - SHOWN_TAIL) + " set";
    }
}
