package com.execassistant.core.calendar.ics;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where an ICS calendar lives: a file path, or an http(s) or webcal address. Published calendar
 * addresses are secrets (anyone holding one reads the calendar), so messages show only the host.
 *
 * @param source as the user gave it
 */
public record IcsAddress(String source) {

    public IcsAddress {
        source = source == null ? "" : source.trim();
    }

    public static IcsAddress of(String source) {
        return new IcsAddress(source);
    }

    /** Whether this is a web address rather than a file. */
    public boolean isUrl() {
        String s = source.toLowerCase(Locale.ROOT);
        return s.startsWith("http://")
                || s.startsWith("https://")
                || s.startsWith("webcal://")
                || s.startsWith("webcals://");
    }

    /**
     * The address to fetch: webcal is only a hint to open a calendar app, served over https.
     *
     * @throws IcsUnreadableException when the address is not a valid URL
     */
    public URI uri() {
        String s = source.replaceFirst("(?i)^webcals?://", "https://");
        try {
            URI uri = new URI(s);
            if (uri.getHost() == null) {
                throw new URISyntaxException(s, "no host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IcsUnreadableException(
                    "The calendar address " + displayName() + " is not a valid web address.", e);
        }
    }

    /** The source for messages: a file path as given, a web address without its secret part. */
    public String displayName() {
        if (!isUrl()) {
            return source;
        }
        int hostStart = source.indexOf("://") + 3;
        int pathStart = source.indexOf('/', hostStart);
        int queryStart = source.indexOf('?', hostStart);
        int end =
                pathStart < 0
                        ? queryStart
                        : (queryStart < 0 ? pathStart : Math.min(pathStart, queryStart));
        boolean hasSecret = end >= 0 && end < source.length() - 1;
        return (end < 0 ? source : source.substring(0, end)) + (hasSecret ? "/…" : "");
    }
}
