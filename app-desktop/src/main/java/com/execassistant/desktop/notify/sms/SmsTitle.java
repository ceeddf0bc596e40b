package com.execassistant.desktop.notify.sms;

import java.util.regex.Pattern;

/**
 * A meeting title made fit for a text: no links or e-mail addresses (calendar titles often carry a
 * video-call address), GSM characters where possible, no leftover empty brackets or dangling
 * separators.
 */
final class SmsTitle {

    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    private static final Pattern URL =
            Pattern.compile("(?i)(?:[a-z][a-z0-9+.-]*://|www\\.)[^\\s)\\]>]*");
    // Bare addresses ("zoom.us/j/123", "meet.google.com") that phones turn into links anyway.
    private static final Pattern BARE_DOMAIN =
            Pattern.compile(
                    "(?i)\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|io|us|co|app|dev|me|ly"
                            + "|gl|link|info|biz|ai|gle)\\b(?:/[^\\s)\\]>]*)?");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*]|<\\s*>");
    private static final Pattern DANGLING = Pattern.compile("^[\\s\\-:|,;/@]+|[\\s\\-:|,;/@]+$");

    private SmsTitle() {}

    /** The cleaned title; the meeting type, or "your meeting", when nothing is left of it. */
    static String clean(String title, String meetingType) {
        String text = title == null ? "" : GsmText.normalize(title);
        text = EMAIL.matcher(text).replaceAll(" ");
        text = URL.matcher(text).replaceAll(" ");
        text = BARE_DOMAIN.matcher(text).replaceAll(" ");
        text = EMPTY_BRACKETS.matcher(text).replaceAll(" ");
        text = DANGLING.matcher(text.replaceAll("\\s+", " ")).replaceAll("");
        if (!text.isEmpty()) {
            return text;
        }
        if (meetingType != null && !meetingType.isBlank()) {
            return SmsTitle.clean(meetingType, null);
        }
        return "your meeting";
    }
}
