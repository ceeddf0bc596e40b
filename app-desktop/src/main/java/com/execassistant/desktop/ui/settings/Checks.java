package com.execassistant.desktop.ui.settings;

import com.execassistant.desktop.notify.sms.PhoneNumber;
import com.execassistant.desktop.notify.sms.SmsSettingsException;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks behind the settings fields: each returns the field's error in one sentence with the
 * fix, or "" when the value is fine. The same rules the app applies when it reads prep.yaml, said
 * before saving and next to the field.
 */
final class Checks {

    private static final Pattern SLACK_USER = Pattern.compile("[UW][A-Z0-9]{2,}");
    private static final Pattern AWS_REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    private static final List<String> DAYS =
            List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private Checks() {}

    /** A typed token: blank keeps the stored one; otherwise it must have Slack's prefix. */
    static String token(String typed, String prefix, String what) {
        if (typed == null || typed.isBlank() || typed.strip().startsWith(prefix)) {
            return "";
        }
        return "A Slack "
                + what
                + " starts with "
                + prefix
                + "; copy it again from your Slack app.";
    }

    static String slackUser(String id, boolean needed) {
        String t = id == null ? "" : id.strip();
        if (t.isEmpty()) {
            return needed ? "Give your Slack member id (it starts with U) to receive DMs." : "";
        }
        return SLACK_USER.matcher(t).matches()
                ? ""
                : "A Slack member id looks like U012AB3CD: in Slack, open your profile, ⋮, Copy member ID.";
    }

    static String phone(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            PhoneNumber.of(text);
            return "";
        } catch (SmsSettingsException e) {
            return e.getMessage();
        }
    }

    static String region(String text) {
        return text != null && AWS_REGION.matcher(text.strip()).matches()
                ? ""
                : "Use an AWS region name such as us-east-1 or eu-west-1.";
    }

    static String days(String text) {
        List<String> days = words(text);
        if (days.isEmpty()) {
            return "Give at least one day, for example mon, tue, wed, thu, fri.";
        }
        for (String d : days) {
            if (!DAYS.contains(d)) {
                return "\"" + d + "\" is not a day; use " + String.join(", ", DAYS) + ".";
            }
        }
        return "";
    }

    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[,\\s]+"))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static String httpUrl(String text) {
        try {
            URI u = URI.create(text == null ? "" : text.strip());
            if (("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
                    && u.getHost() != null) {
                return "";
            }
        } catch (IllegalArgumentException e) {
            // falls through to the sentence below
        }
        return "Give the server's address with http:// or https://, e.g. http://localhost:11434/v1.";
    }

    static String notBlank(String text, String sentence) {
        return text == null || text.isBlank() ? sentence : "";
    }

    /** A whole number from {@code min} to {@code max}; the sentence names the unit. */
    static String wholeNumber(String text, int min, int max, String unit) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.strip());
            if (n >= min && n <= max) {
                return "";
            }
        } catch (NumberFormatException e) {
            // falls through to the sentence below
        }
        return "Give a whole number of " + unit + " from " + min + " to " + max + ".";
    }
}
