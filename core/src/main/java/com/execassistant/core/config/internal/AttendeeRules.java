package com.execassistant.core.config.internal;

import com.execassistant.core.config.AttendeeBounds;
import com.execassistant.core.config.internal.YamlNode.Entry;
import java.util.Optional;

/** Reads a type's attendee rules: an exact count, or a minimum and/or a maximum. */
final class AttendeeRules {

    private AttendeeRules() {}

    static AttendeeBounds read(Section s, String where, boolean isDefault, int maxPeople) {
        Optional<Entry> exact = s.optional("attendee_count");
        Optional<Entry> min = s.optional("required_attendees_min");
        Optional<Entry> max = s.optional("required_attendees_max");
        if (isDefault) {
            Optional<Entry> any = exact.or(() -> min).or(() -> max);
            if (any.isPresent()) {
                throw Section.fail(
                        any.get().keyLocation(),
                        "the default type cannot have attendee rules: it takes every meeting that"
                                + " no other type matches",
                        "move the rule to a type of its own, or delete it");
            }
            return AttendeeBounds.ANY;
        }
        if (exact.isPresent()) {
            Optional<Entry> clash = min.or(() -> max);
            if (clash.isPresent()) {
                throw Section.fail(
                        clash.get().keyLocation(),
                        clash.get().key() + " " + where + " contradicts attendee_count",
                        "use attendee_count for an exact number of people, or"
                                + " required_attendees_min / required_attendees_max for a range,"
                                + " not both");
            }
            int n = Section.integer(exact.get(), where, 1, maxPeople, "people");
            return new AttendeeBounds(n, n);
        }
        int lo = min.map(e -> Section.integer(e, where, 1, maxPeople, "people")).orElse(0);
        int hi =
                max.map(e -> Section.integer(e, where, 1, maxPeople, "people"))
                        .orElse(Integer.MAX_VALUE);
        if (lo > hi) {
            throw Section.fail(
                    max.orElseThrow().value().location(),
                    "required_attendees_max "
                            + where
                            + " ("
                            + hi
                            + ") is smaller than required_attendees_min ("
                            + lo
                            + ")",
                    "make the maximum at least as large as the minimum");
        }
        return new AttendeeBounds(lo, hi);
    }
}
