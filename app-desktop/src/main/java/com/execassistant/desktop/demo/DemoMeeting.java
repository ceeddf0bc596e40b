package com.execassistant.desktop.demo;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One event of the demo calendar, as it is written to the ICS file.
 *
 * @param uid stable across generations, so a re-sync updates instead of duplicating
 * @param type the meeting type the demo means it to get under the built-in rules
 * @param start local wall-clock time in the user's zone (written as floating time)
 * @param people the organizer first, then the other required attendees
 * @param excluded for a weekly series, the occurrences left out (EXDATE); empty for a single event
 */
record DemoMeeting(
        String uid,
        String type,
        String title,
        String description,
        String location,
        ZonedDateTime start,
        Duration length,
        List<DemoPerson> people,
        boolean weekly,
        List<ZonedDateTime> excluded,
        boolean cancelled) {

    DemoMeeting {
        people = List.copyOf(people);
        excluded = List.copyOf(excluded);
    }

    static DemoMeeting single(
            String uid,
            String type,
            String title,
            String description,
            String location,
            ZonedDateTime start,
            Duration length,
            List<DemoPerson> people) {
        return new DemoMeeting(
                uid,
                type,
                title,
                description,
                location,
                start,
                length,
                people,
                false,
                List.of(),
                false);
    }

    DemoPerson organizer() {
        return people.getFirst();
    }

    DemoMeeting asCancelled() {
        return new DemoMeeting(
                uid,
                type,
                title,
                description,
                location,
                start,
                length,
                people,
                weekly,
                excluded,
                true);
    }
}
