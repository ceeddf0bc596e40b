package com.execassistant.desktop.cli;

import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.desktop.store.JdbcMeetingStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Finds the meeting a user means: an id, an id's first characters, or words of its title. */
final class MeetingRef {

    private MeetingRef() {}

    static MeetingRecord resolve(JdbcMeetingStore store, String ref, Instant now) {
        var byId = store.find(ref);
        if (byId.isPresent()) {
            return byId.get();
        }
        List<MeetingRecord> upcoming =
                store.meetingsBetween(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(60)));
        String needle = ref.toLowerCase(Locale.ROOT);
        List<MeetingRecord> matches =
                upcoming.stream()
                        .filter(
                                m ->
                                        m.id().startsWith(ref)
                                                || m.event()
                                                        .title()
                                                        .toLowerCase(Locale.ROOT)
                                                        .contains(needle))
                        .filter(m -> !m.event().isCancelled())
                        .toList();
        if (matches.isEmpty()) {
            throw UserError.badInput(
                    "No upcoming meeting matches '"
                            + ref
                            + "'. 'meetings list' shows them with their ids.");
        }
        if (matches.size() > 1
                && matches.stream().map(m -> m.event().title()).distinct().count() > 1) {
            StringBuilder sb =
                    new StringBuilder(
                            "'" + ref + "' matches several meetings; give one of these ids:");
            matches.stream()
                    .limit(8)
                    .forEach(
                            m ->
                                    sb.append("\n  ")
                                            .append(m.id(), 0, 8)
                                            .append("  ")
                                            .append(m.event().title())
                                            .append("  ")
                                            .append(m.event().start().toLocalDateTime()));
            throw UserError.badInput(sb.toString());
        }
        return matches.get(0); // the next occurrence of that meeting
    }
}
