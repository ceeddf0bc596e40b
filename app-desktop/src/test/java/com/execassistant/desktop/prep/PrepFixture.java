package com.execassistant.desktop.prep;

import com.execassistant.core.account.Account;
import com.execassistant.core.account.AccountKind;
import com.execassistant.core.calendar.FakeCalendarSource;
import com.execassistant.core.classify.MeetingClassifier;
import com.execassistant.core.config.ConfigLoader;
import com.execassistant.core.config.Configuration;
import com.execassistant.core.context.file.FileContextSource;
import com.execassistant.core.materials.MaterialsWriter;
import com.execassistant.core.materials.TemplateMaterialsWriter;
import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.MeetingStatus;
import com.execassistant.core.monitor.CalendarMonitor;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.notify.Notifier;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepSettings;
import com.execassistant.desktop.store.Database;
import com.execassistant.desktop.store.JdbcMeetingStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A workspace with a calendar, a controllable clock and the embedded prep engine, for the workflow
 * tests. The calendar is faked in memory (the calendar adapters have their own tests); everything
 * after it is the real thing on H2.
 */
final class PrepFixture implements AutoCloseable {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Monday 2 March 2026, 09:00 in New York. */
    static final Instant MONDAY_9AM = Instant.parse("2026-03-02T14:00:00Z");

    final Path dir;
    final MutableClock clock = new MutableClock(MONDAY_9AM);
    final Configuration config = ConfigLoader.builtIn().load();
    final FakeCalendarSource calendar = new FakeCalendarSource("primary");
    Database db;
    JdbcMeetingStore meetings;
    PrepRuntime runtime;

    PrepFixture(Path dir) {
        this.dir = dir;
        this.db = Database.open(dir.resolve("db"));
        this.meetings = new JdbcMeetingStore(db);
    }

    /** A 1:1 (prep 24 h before, reminder 2 h before) starting at {@code start}. */
    static CalendarEvent oneOnOne(String id, Instant start) {
        return new CalendarEvent(
                "primary",
                id,
                id,
                null,
                null,
                "1:1 Dana / Lee",
                "Weekly 1:1",
                null,
                start.atZone(NEW_YORK),
                start.plus(Duration.ofMinutes(30)).atZone(NEW_YORK),
                false,
                MeetingStatus.CONFIRMED,
                "dana@example.com",
                List.of(Attendee.person("dana@example.com"), Attendee.person("lee@example.com")),
                null);
    }

    void sync() {
        new CalendarMonitor(
                        meetings,
                        new MeetingClassifier(config.meetingTypes()),
                        a -> calendar,
                        clock,
                        1,
                        14)
                .runOnce(
                        List.of(
                                new Account(
                                        "acct", AccountKind.ICS, "test", null, Map.of(), true)));
    }

    PrepRuntime start(Supplier<List<Notifier>> channels, MaterialsWriter writer) {
        runtime = new PrepRuntime(db, config, clock, options(channels, writer));
        runtime.start();
        return runtime;
    }

    PrepRuntime.Options options(Supplier<List<Notifier>> channels, MaterialsWriter writer) {
        PrepSettings settings =
                new PrepSettings(
                        Duration.ofHours(24),
                        com.execassistant.core.prep.WorkingHours.officeHours(NEW_YORK),
                        NEW_YORK,
                        3,
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(10));
        return new PrepRuntime.Options(
                settings,
                channels,
                writer == null ? new TemplateMaterialsWriter(clock) : writer,
                FileContextSource.forAllKinds(Path.of("..", "config", "sample-context")),
                Duration.ofSeconds(5),
                dir.resolve("materials"),
                Duration.ofMillis(20),
                2,
                store -> store);
    }

    /** Stops the engine as a crash would: nothing is flushed beyond what was committed. */
    void stopEngine() {
        runtime.close();
    }

    MeetingRecord meeting(String externalId) {
        return meetings.meetings("acct", "primary").get(externalId);
    }

    PrepRun run(String externalId) {
        return runtime.runs().forMeeting(meeting(externalId).id()).get(0);
    }

    /**
     * Waits (bounded) until the run satisfies {@code done}; the engine works on its own threads.
     */
    PrepRun await(String externalId, Predicate<PrepRun> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        PrepRun r = run(externalId);
        while (!done.test(r)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the run did not get there; it is " + r);
            }
            Thread.sleep(20);
            r = run(externalId);
        }
        return r;
    }

    @Override
    public void close() {
        if (runtime != null) {
            runtime.close();
        }
        db.close();
    }
}
