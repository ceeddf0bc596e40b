package com.execassistant.core.classify.internal;

import com.execassistant.core.classify.internal.KeywordScanner.Hit;
import com.execassistant.core.config.AttendeeBounds;
import com.execassistant.core.config.MeetingType;

/** The plain sentences that say why a meeting got its type. */
public final class Explanations {

    private Explanations() {}

    /**
     * E.g. {@code qbr: title keyword "QBR" (found "Q3 QBRs"), 24 people (at least 20 required)}.
     */
    public static String byKeyword(MeetingType type, String where, Hit hit, int people) {
        return type.name() + ": " + keyword(where, hit) + ", " + count(type.attendees(), people);
    }

    /** E.g. {@code pair: 2 people (exactly 2 required), no keyword needed}. */
    public static String byAttendees(MeetingType type, int people) {
        return type.name() + ": " + count(type.attendees(), people) + ", no keyword needed";
    }

    public static String noMatch(MeetingType fallback, int people) {
        return fallback.name()
                + ": no other type matched the title or description, "
                + people(people);
    }

    /** The first type whose keyword was found but whose attendee rule did not fit. */
    public static String nearMiss(
            MeetingType fallback, MeetingType missed, String where, Hit hit, int people) {
        return fallback.name()
                + ": "
                + keyword(where, hit)
                + " of "
                + missed.name()
                + ", but "
                + count(missed.attendees(), people);
    }

    private static String keyword(String where, Hit hit) {
        String text = where + " keyword \"" + hit.keyword() + "\"";
        return hit.found().equalsIgnoreCase(hit.keyword())
                ? text
                : text + " (found \"" + hit.found() + "\")";
    }

    private static String count(AttendeeBounds bounds, int people) {
        if (people == PeopleCounter.UNKNOWN) {
            return bounds.isAny()
                    ? "no guest list"
                    : "no guest list, so the attendee rule (" + bounds.describe() + ") was skipped";
        }
        return bounds.isAny()
                ? people(people)
                : people(people) + " (" + bounds.describe() + " required)";
    }

    private static String people(int people) {
        if (people == PeopleCounter.UNKNOWN) {
            return "no guest list";
        }
        return people == 1 ? "1 person" : people + " people";
    }
}
