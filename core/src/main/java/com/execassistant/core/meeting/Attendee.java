package com.execassistant.core.meeting;

import java.util.Locale;
import java.util.Objects;

/**
 * One invitee of a meeting.
 *
 * @param email lower-cased address, never null (may be empty when a provider gives none)
 * @param name display name or null
 * @param responseStatus the invitee's answer
 * @param optional whether the organizer marked the invitee optional
 * @param resource whether this is a room or other resource rather than a person
 * @param self whether this invitee is the calendar's owner (the user)
 */
public record Attendee(
        String email,
        String name,
        ResponseStatus responseStatus,
        boolean optional,
        boolean resource,
        boolean self) {

    public Attendee {
        email = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        responseStatus = Objects.requireNonNullElse(responseStatus, ResponseStatus.NEEDS_ACTION);
    }

    /** A person who accepted, for tests and samples. */
    public static Attendee person(String email) {
        return new Attendee(email, null, ResponseStatus.ACCEPTED, false, false, false);
    }
}
