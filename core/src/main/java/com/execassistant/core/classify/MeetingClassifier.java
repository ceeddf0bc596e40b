package com.execassistant.core.classify;

import com.execassistant.core.classify.internal.Explanations;
import com.execassistant.core.classify.internal.KeywordScanner;
import com.execassistant.core.classify.internal.KeywordScanner.Hit;
import com.execassistant.core.classify.internal.PeopleCounter;
import com.execassistant.core.config.MeetingType;
import com.execassistant.core.config.MeetingTypes;
import com.execassistant.core.meeting.CalendarEvent;
import java.time.Instant;
import java.util.List;

/**
 * Gives each meeting a type from the configured rules and the time its prep starts.
 *
 * <p>The title is read first: the first type in precedence order with a keyword in the title and a
 * matching number of people wins. Only when no type matches the title is the start of the
 * description read the same way, because descriptions carry agendas, links and boilerplate that
 * mention other things. A type without keywords matches on its attendee rule alone, in the title
 * round. When no type matches, the meeting is {@code default}.
 *
 * <p>Immutable and thread-safe; build one per configuration and reuse it.
 */
public final class MeetingClassifier {

    /** How much of a description is read: agendas come first, dial-in boilerplate after. */
    public static final int DESCRIPTION_CHARS_READ = 2_000;

    private static final int TITLE_CHARS_READ = 1_000;

    private final MeetingType[] rules;
    private final MeetingType fallback;
    private final KeywordScanner scanner;
    private final MeetingTypes types;

    public MeetingClassifier(MeetingTypes types) {
        this.types = types;
        List<MeetingType> ordered = types.rules();
        this.rules = ordered.toArray(new MeetingType[0]);
        this.fallback = types.fallback();
        this.scanner = new KeywordScanner(ordered.stream().map(MeetingType::keywords).toList());
    }

    /**
     * Classifies one meeting as seen at {@code now}.
     *
     * @param now the current time: meetings that have started get no prep, and a prep whose ideal
     *     start has passed starts at {@code now}, marked late
     */
    public Classification classify(CalendarEvent event, Instant now) {
        int people = PeopleCounter.count(event);
        MeetingType type = fallback;
        String rule = null;
        Hit[] titleHits = scanner.scan(event.title(), TITLE_CHARS_READ);
        int nearMiss = -1;
        Hit nearMissHit = null;
        String nearMissWhere = null;
        for (int t = 0; t < rules.length && rule == null; t++) {
            MeetingType candidate = rules[t];
            boolean countFits =
                    people == PeopleCounter.UNKNOWN || candidate.attendees().admits(people);
            if (candidate.keywords().isEmpty()) {
                if (people != PeopleCounter.UNKNOWN && countFits) {
                    type = candidate;
                    rule = Explanations.byAttendees(candidate, people);
                }
            } else if (titleHits[t] != null) {
                if (countFits) {
                    type = candidate;
                    rule = Explanations.byKeyword(candidate, "title", titleHits[t], people);
                } else if (nearMiss < 0) {
                    nearMiss = t;
                    nearMissHit = titleHits[t];
                    nearMissWhere = "title";
                }
            }
        }
        String description = event.description();
        if (rule == null && description != null && !description.isEmpty()) {
            Hit[] hits = scanner.scan(description, DESCRIPTION_CHARS_READ);
            for (int t = 0; t < rules.length && rule == null; t++) {
                if (hits[t] == null) {
                    continue;
                }
                MeetingType candidate = rules[t];
                if (people == PeopleCounter.UNKNOWN || candidate.attendees().admits(people)) {
                    type = candidate;
                    rule = Explanations.byKeyword(candidate, "description", hits[t], people);
                } else if (nearMiss < 0) {
                    nearMiss = t;
                    nearMissHit = hits[t];
                    nearMissWhere = "description";
                }
            }
        }
        if (rule == null) {
            rule =
                    nearMiss < 0
                            ? Explanations.noMatch(fallback, people)
                            : Explanations.nearMiss(
                                    fallback, rules[nearMiss], nearMissWhere, nearMissHit, people);
        }
        return schedule(event, now, type, rule);
    }

    /**
     * The meeting as the given type, chosen by the user rather than the rules: the type's lead time
     * and the same reasons not to prep as {@link #classify}.
     *
     * @param rule the explanation to keep, e.g. "qbr: set by you"
     * @return empty when no configured type has that name (the configuration changed since)
     */
    public java.util.Optional<Classification> classifyAs(
            CalendarEvent event, Instant now, String typeName, String rule) {
        return types.byName(typeName).map(t -> schedule(event, now, t, rule));
    }

    private static Classification schedule(
            CalendarEvent event, Instant now, MeetingType type, String rule) {
        int hours = type.prepHoursBefore();
        SkipReason skip = skipReason(event, now);
        if (skip != null) {
            return new Classification(
                    type.name(),
                    rule + "; not prepped: " + skip.explanation(),
                    hours,
                    null,
                    false,
                    skip);
        }
        Instant ideal = event.startInstant().minusSeconds(hours * 3600L);
        boolean late = ideal.isBefore(now);
        return new Classification(type.name(), rule, hours, late ? now : ideal, late, null);
    }

    private static SkipReason skipReason(CalendarEvent event, Instant now) {
        if (event.isCancelled()) {
            return SkipReason.CANCELLED;
        }
        if (event.declinedBySelf()) {
            return SkipReason.DECLINED;
        }
        if (event.allDay()) {
            return SkipReason.ALL_DAY;
        }
        if (!event.startInstant().isAfter(now)) {
            return SkipReason.ALREADY_STARTED;
        }
        return null;
    }
}
