package com.execassistant.core.notify;

import java.util.ArrayList;
import java.util.List;

/**
 * The words every channel uses for a digest (several meetings of one purpose in one message), so a
 * tray balloon, a Slack message and a text say the same thing.
 */
public final class DigestWording {

    private DigestWording() {}

    /** How many meetings and why: "3 meetings to prep for", "Materials ready for 2 meetings". */
    public static String headline(List<Notification> items) {
        int n = items.size();
        String meetings = n == 1 ? "1 meeting" : n + " meetings";
        return switch (items.get(0).purpose()) {
            case PREP_START -> meetings + " to prep for";
            case SNOOZED_PREP -> meetings + " to prep for, asked again after a snooze";
            case MATERIALS_READY -> "Materials ready for " + meetings;
            case REMINDER -> meetings + (n == 1 ? " starts soon" : " start soon");
            case MEETING_CANCELLED -> meetings + (n == 1 ? " was cancelled" : " were cancelled");
        };
    }

    /**
     * The meetings' titles, the first {@code shown} of them and a count of the rest: "QBR, Board
     * and 1 more"; all of them when at most one would be left out.
     */
    public static String titles(List<Notification> items, int shown) {
        List<String> titles = new ArrayList<>();
        for (Notification n : items) {
            titles.add(
                    n.meetingTitle() == null || n.meetingTitle().isBlank()
                            ? "a meeting"
                            : n.meetingTitle().strip());
        }
        if (titles.size() <= shown + 1) {
            return titles.size() == 1
                    ? titles.get(0)
                    : String.join(", ", titles.subList(0, titles.size() - 1))
                            + " and "
                            + titles.get(titles.size() - 1);
        }
        return String.join(", ", titles.subList(0, shown))
                + " and "
                + (titles.size() - shown)
                + " more";
    }
}
