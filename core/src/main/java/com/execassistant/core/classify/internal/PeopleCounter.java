package com.execassistant.core.classify.internal;

import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.CalendarEvent;
import java.util.List;

/**
 * Counts the people a meeting is for: the organizer and the required invitees, each once. Rooms and
 * other resources are not people; optional invitees do not change what a meeting is. Whether anyone
 * accepted does not matter either, so a classification does not flip with each reply.
 */
public final class PeopleCounter {

    /** Returned when the source gives no guest list, so the count is not known. */
    public static final int UNKNOWN = -1;

    // Google names room and resource calendars this way; a safety net for sources that do not
    // set the resource flag.
    private static final String GOOGLE_RESOURCE_DOMAIN = "resource.calendar.google.com";

    private PeopleCounter() {}

    public static int count(CalendarEvent event) {
        List<Attendee> attendees = event.attendees();
        if (attendees.isEmpty()) {
            return UNKNOWN;
        }
        String organizer = event.organizer();
        boolean organizerListed = false;
        int people = 0;
        for (int i = 0; i < attendees.size(); i++) {
            Attendee a = attendees.get(i);
            if (a.resource() || isResourceAddress(a.email())) {
                continue;
            }
            if (organizer != null && organizer.equals(a.email())) {
                if (!organizerListed) {
                    organizerListed = true;
                    people++;
                }
            } else if (!a.optional()) {
                people++;
            }
        }
        if (organizer != null && !organizerListed && !isResourceAddress(organizer)) {
            people++;
        }
        return people;
    }

    private static boolean isResourceAddress(String email) {
        return email != null && email.endsWith(GOOGLE_RESOURCE_DOMAIN);
    }
}
