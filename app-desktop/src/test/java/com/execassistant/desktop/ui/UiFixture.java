package com.execassistant.desktop.ui;

import com.execassistant.core.account.Account;
import com.execassistant.core.account.AccountKind;
import com.execassistant.core.calendar.FakeCalendarSource;
import com.execassistant.core.classify.MeetingClassifier;
import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.MeetingStatus;
import com.execassistant.core.meeting.ResponseStatus;
import com.execassistant.core.monitor.CalendarMonitor;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.desktop.sync.CalendarSources;
import com.execassistant.desktop.ui.app.DesktopBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A real workspace for the UI tests: H2 store, the embedded prep engine and the sample context,
 * opened exactly as the app opens it. Only the calendar is faked in memory (its adapters have their
 * own tests). Working hours cover the whole week, so a prep is never held for the next morning
 * whatever time the tests run.
 */
public final class UiFixture implements AutoCloseable {

    public static final String ONE_ON_ONE = "1:1 Dana / Lee";
    public static final String LEADERSHIP = "Leadership Team Meeting";
    public static final String QBR = "Q4 QBR with Acme";
    public static final String DESIGN = "Design review";

    public final Path dir;
    public final FakeCalendarSource calendar = new FakeCalendarSource("primary");
    public final DesktopBackend backend;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    public UiFixture(Path dir) throws IOException {
        this(dir, true);
    }

    /**
     * @param engineStarted false opens the workspace as the app does, with the prep engine left for
     *     the main ViewModel to start
     */
    public UiFixture(Path dir, boolean engineStarted) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir.resolve("config"));
        Path context = Path.of("..", "config", "sample-context").toAbsolutePath().normalize();
        Files.writeString(
                dir.resolve("config").resolve("prep.yaml"),
                """
                notifications:
                  channels: [tray]
                  tray: false
                working_hours:
                  start: "00:00"
                  end: "23:59"
                  days: [mon, tue, wed, thu, fri, sat, sun]
                  time_zone: "UTC"
                context:
                  folder: "%s"
                """
                        .formatted(context.toString().replace("\\", "/")));
        this.backend =
                engineStarted
                        ? DesktopBackend.open(dir, Clock.systemUTC())
                        : DesktopBackend.openStopped(dir, Clock.systemUTC());
    }

    /**
     * The sample week: a 1:1 and a QBR whose prep is due now (a QBR preps two weeks ahead), a
     * design review and a leadership meeting still scheduled.
     */
    public UiFixture withSampleWeek() {
        calendar.put(event("m-1on1", ONE_ON_ONE, now.plus(Duration.ofHours(3)), 2));
        calendar.put(event("m-lt", LEADERSHIP, now.plus(Duration.ofDays(4)), 12));
        calendar.put(event("m-qbr", QBR, now.plus(Duration.ofDays(3)), 24));
        calendar.put(event("m-design", DESIGN, now.plus(Duration.ofHours(26)), 3));
        return syncFake();
    }

    /** Imports the fake calendar through the real monitor, then lets the engine take the events. */
    public UiFixture syncFake() {
        new CalendarMonitor(
                        backend.local().meetings(),
                        new MeetingClassifier(backend.local().config().meetingTypes()),
                        a -> calendar,
                        backend.local().clock(),
                        1,
                        14)
                .runOnce(
                        List.of(
                                new Account(
                                        "acct", AccountKind.ICS, "test", null, Map.of(), true)));
        backend.sync();
        return this;
    }

    /** An ICS account whose file is gone, so the next sync fails for it. */
    public UiFixture withBrokenIcsAccount() {
        String id = backend.local().accounts().nextId(AccountKind.ICS);
        backend.local()
                .sources()
                .vault()
                .put(CalendarSources.icsSourceKey(id), dir.resolve("gone.ics").toString());
        backend.local()
                .accounts()
                .add(new Account(id, AccountKind.ICS, "gone.ics", null, Map.of(), true));
        return this;
    }

    public static CalendarEvent event(String id, String title, Instant start, int people) {
        List<Attendee> attendees = new ArrayList<>();
        attendees.add(
                new Attendee(
                        "dana@example.com", "Dana", ResponseStatus.ACCEPTED, false, false, true));
        for (int i = 1; i < people; i++) {
            ResponseStatus r = i % 3 == 0 ? ResponseStatus.TENTATIVE : ResponseStatus.ACCEPTED;
            attendees.add(new Attendee("p" + i + "@example.com", null, r, false, false, false));
        }
        if (people == 2) {
            attendees.set(
                    1,
                    new Attendee(
                            "lee@example.com",
                            "Lee",
                            ResponseStatus.ACCEPTED,
                            false,
                            false,
                            false));
        }
        return new CalendarEvent(
                "primary",
                id,
                id,
                null,
                null,
                title,
                title,
                null,
                start.atZone(ZoneOffset.UTC),
                start.plus(Duration.ofMinutes(45)).atZone(ZoneOffset.UTC),
                false,
                MeetingStatus.CONFIRMED,
                "dana@example.com",
                attendees,
                null);
    }

    public MeetingRecord meeting(String externalId) {
        return backend.local().meetings().meetings("acct", "primary").get(externalId);
    }

    /** Waits (bounded) until the meeting's newest run satisfies {@code done}. */
    public PrepRun awaitRun(String externalId, Predicate<PrepRun> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            PrepRun r = backend.latestRun(meeting(externalId).id()).orElse(null);
            if (r != null && done.test(r)) {
                return r;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the run did not get there; it is " + r);
            }
            Thread.sleep(25);
        }
    }

    @Override
    public void close() {
        backend.close();
    }
}
