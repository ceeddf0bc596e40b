package com.execassistant.desktop.notify.sms;

import com.execassistant.core.notify.Notification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes a notification as one short SMS: the meeting, its time and what to do, with no links
 * (carriers filter texts with links, and a link in a text is what phishing looks like). The title
 * is shortened so the whole text fits one 160-character GSM message.
 */
final class SmsText {

    private static final String PREFIX = "Exec Assistant: ";
    private static final String ELLIPSIS = "...";
    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    // Within six days the weekday alone is unambiguous.
    private static final Duration WEEKDAY_HORIZON = Duration.ofDays(6);

    private final ZoneId zone;
    private final Clock clock;

    SmsText(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    String render(Notification n) {
        String when = when(n.meetingStart());
        Function<String, String> template = template(n, when);
        String title = SmsTitle.clean(n.meetingTitle(), n.meetingType());
        return fit(template, title);
    }

    /**
     * Several meetings of one purpose in one text: how many, the earliest by title and time, and
     * what to do ("Exec Assistant: 3 preps are ready to start, first 'QBR' (Thu 10:00). Open the
     * app or Slack to begin.").
     */
    String renderDigest(List<Notification> items) {
        Notification first =
                items.stream()
                        .filter(n -> n.meetingStart() != null)
                        .min(Comparator.comparing(Notification::meetingStart))
                        .orElse(items.get(0));
        String when = when(first.meetingStart());
        String at = when.isEmpty() ? "" : " (" + when + ")";
        int count = items.size();
        String lead =
                switch (first.purpose()) {
                    case PREP_START, SNOOZED_PREP -> count + " preps are ready to start";
                    case MATERIALS_READY -> "materials for " + count + " meetings are ready";
                    case REMINDER -> count + " meetings start soon";
                    case MEETING_CANCELLED -> count + " meetings were cancelled";
                };
        String then =
                switch (first.purpose()) {
                    case PREP_START, SNOOZED_PREP -> "Open the app or Slack to begin.";
                    case MATERIALS_READY -> "Open the app or Slack to see them.";
                    case REMINDER -> "Your preps are in the app.";
                    case MEETING_CANCELLED -> "No prep needed.";
                };
        String title = SmsTitle.clean(first.meetingTitle(), first.meetingType());
        return fit(t -> lead + ", first '" + t + "'" + at + ". " + then, title);
    }

    private static Function<String, String> template(Notification n, String when) {
        String at = when.isEmpty() ? "" : " (" + when + ")";
        String starts = when.isEmpty() ? "starts soon" : "starts " + when;
        return switch (n.purpose()) {
            case PREP_START, SNOOZED_PREP ->
                    t ->
                            "prep for '"
                                    + t
                                    + "'"
                                    + at
                                    + " is ready to start. Open the app or Slack to begin.";
            case MATERIALS_READY ->
                    t ->
                            "materials for '"
                                    + t
                                    + "'"
                                    + at
                                    + " are ready. Open the app or Slack to see them.";
            case REMINDER ->
                    n.actions().contains(Notification.Action.QUICK_PREP)
                            ? t ->
                                    "'"
                                            + t
                                            + "' "
                                            + starts
                                            + " and has no prep yet. Open the app for a quick"
                                            + " prep."
                            : t ->
                                    "'"
                                            + t
                                            + "' "
                                            + starts
                                            + ". Your prep materials are in the app.";
            case MEETING_CANCELLED -> t -> "'" + t + "'" + at + " was cancelled. No prep needed.";
        };
    }

    private String when(Instant start) {
        if (start == null) {
            return "";
        }
        boolean soon = Duration.between(clock.instant(), start).compareTo(WEEKDAY_HORIZON) < 0;
        return (soon ? DAY_TIME : DATE_TIME).format(start.atZone(zone));
    }

    /** The text with the longest start of the title that keeps it within one message. */
    private static String fit(Function<String, String> template, String title) {
        String full = PREFIX + template.apply(title);
        if (GsmText.length(full) <= GsmText.limit(full)) {
            return full;
        }
        int[] cps = title.codePoints().toArray();
        for (int keep = cps.length - 1; keep > 0; keep--) {
            String text = PREFIX + template.apply(shorten(cps, keep) + ELLIPSIS);
            if (GsmText.length(text) <= GsmText.limit(text)) {
                return text;
            }
        }
        return PREFIX + template.apply(ELLIPSIS);
    }

    /** The first {@code keep} code points, cut back to a word end when one is near. */
    private static String shorten(int[] cps, int keep) {
        String cut = new String(cps, 0, keep);
        int space = cut.lastIndexOf(' ');
        if (space > 0 && space >= cut.length() - 8) {
            cut = cut.substring(0, space);
        }
        return cut.strip();
    }
}
