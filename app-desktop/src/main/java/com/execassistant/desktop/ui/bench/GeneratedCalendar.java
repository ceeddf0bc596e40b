package com.execassistant.desktop.ui.bench;

import com.execassistant.core.account.Account;
import com.execassistant.core.account.AccountKind;
import com.execassistant.core.calendar.CalendarFetch;
import com.execassistant.core.calendar.CalendarSource;
import com.execassistant.core.calendar.FetchRequest;
import com.execassistant.core.calendar.FetchResult;
import com.execassistant.core.classify.MeetingClassifier;
import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.MeetingStatus;
import com.execassistant.core.monitor.CalendarMonitor;
import com.execassistant.desktop.workspace.LocalRuntime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code count} meetings over the next 13 days, a realistic mix of titles, for the benchmark. */
final class GeneratedCalendar implements CalendarSource {

    private static final String[] TITLES = {
        "1:1 Dana / Lee",
        "Leadership team",
        "Design review",
        "Staff meeting",
        "Customer call",
        "Incident review: checkout latency",
        "Planning",
        "Hiring sync"
    };

    private final List<CalendarEvent> events = new ArrayList<>();

    GeneratedCalendar(String prefix, int count, Instant from) {
        long step = Duration.ofDays(13).toSeconds() / count;
        for (int i = 0; i < count; i++) {
            Instant start = from.plusSeconds(3600 + step * i);
            List<Attendee> people = new ArrayList<>();
            for (int p = 0; p < 2 + i % 9; p++) {
                people.add(Attendee.person("p" + p + "@example.com"));
            }
            events.add(
                    new CalendarEvent(
                            "bench",
                            prefix + i,
                            prefix + i,
                            null,
                            null,
                            TITLES[i % TITLES.length] + " #" + i,
                            null,
                            null,
                            start.atZone(ZoneOffset.UTC),
                            start.plus(Duration.ofMinutes(30)).atZone(ZoneOffset.UTC),
                            false,
                            MeetingStatus.CONFIRMED,
                            "p0@example.com",
                            people,
                            null));
        }
    }

    @Override
    public FetchResult fetch(FetchRequest request) {
        return new FetchResult(
                List.of(new CalendarFetch("bench", true, events, "v1")), List.of(), 1);
    }

    /** Stores the meetings through the real monitor, as a sync would. */
    void importInto(LocalRuntime local, String accountId) {
        new CalendarMonitor(
                        local.meetings(),
                        new MeetingClassifier(local.config().meetingTypes()),
                        a -> this,
                        local.clock(),
                        1,
                        14)
                .runOnce(
                        List.of(
                                new Account(
                                        accountId,
                                        AccountKind.ICS,
                                        "bench",
                                        null,
                                        Map.of(),
                                        true)));
    }
}
