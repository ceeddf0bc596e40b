package com.execassistant.desktop.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.account.Account;
import com.execassistant.core.account.AccountKind;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.monitor.TypeOverride.Scope;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.RunStatus;
import com.execassistant.desktop.sync.CalendarSources;
import com.execassistant.desktop.ui.UiFixture;
import com.execassistant.desktop.ui.app.DesktopBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's type choice against the real sync path: an ICS account on the workspace's H2 database
 * (Flyway), synced again and again by the app's own sync, with the prep engine taking the changes.
 */
class TypeChoicesSyncTest {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @TempDir Path dir;
    private UiFixture f;
    private DesktopBackend backend;
    private TypeChoices choices;
    private Path ics;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);

    @BeforeEach
    void open() throws Exception {
        f = new UiFixture(dir);
        backend = f.backend;
        choices = backend.typeChoices();
        ics = dir.resolve("team.ics");
        writeCalendar("Ops sync", now.plus(Duration.ofDays(3)));
        String id = backend.local().accounts().nextId(AccountKind.ICS);
        backend.local().sources().vault().put(CalendarSources.icsSourceKey(id), ics.toString());
        backend.local()
                .accounts()
                .add(new Account(id, AccountKind.ICS, "team.ics", null, Map.of(), true));
        backend.sync();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aChosenTypeIsKeptWhenTheCalendarIsSyncedAgain() throws Exception {
        MeetingRecord before = meeting("Ops sync");
        assertThat(before.type()).isNotEqualTo("qbr");

        choices.choose(before.id(), Scope.MEETING, "qbr");
        backend.sync();
        backend.sync();

        MeetingRecord after = meeting("Ops sync");
        assertThat(after.type()).isEqualTo("qbr");
        assertThat(after.rule()).isEqualTo("qbr: set by you");
        assertThat(after.revision()).isEqualTo(before.revision() + 1);
        assertThat(choices.current(after.id()).forMeeting()).isEqualTo("qbr");
    }

    @Test
    void aChosenTypeReplacesThePrepRunWithOneForTheNewType() {
        MeetingRecord before = meeting("Ops sync");
        PrepRun old = backend.latestRun(before.id()).orElseThrow();

        choices.choose(before.id(), Scope.MEETING, "qbr");

        List<PrepRun> runs = runs(before.id());
        assertThat(runs)
                .extracting(PrepRun::revision)
                .containsExactly(old.revision() + 1, old.revision());
        assertThat(runs.get(0).meetingType()).isEqualTo("qbr");
        assertThat(runs.get(1).status()).isEqualTo(RunStatus.CANCELLED);
    }

    @Test
    void aChangedEventKeepsTheChosenType() throws Exception {
        MeetingRecord before = meeting("Ops sync");
        choices.choose(before.id(), Scope.MEETING, "qbr");

        writeCalendar("Ops sync - moved", now.plus(Duration.ofDays(4)));
        backend.sync();

        MeetingRecord moved = meeting("Ops sync - moved");
        assertThat(moved.id()).isEqualTo(before.id());
        assertThat(moved.type()).isEqualTo("qbr");
        assertThat(backend.latestRun(moved.id()).orElseThrow().meetingType()).isEqualTo("qbr");
    }

    @Test
    void aSeriesChoiceCoversEveryOccurrenceAndAnOccurrencesOwnChoiceWins() throws Exception {
        List<MeetingRecord> series = occurrences("Daily review");
        assertThat(series).hasSize(3);

        choices.choose(series.get(0).id(), Scope.SERIES, "leadership_meeting");
        choices.choose(series.get(1).id(), Scope.MEETING, "one_on_one");
        backend.sync();

        assertThat(occurrences("Daily review"))
                .extracting(MeetingRecord::type)
                .containsExactly("leadership_meeting", "one_on_one", "leadership_meeting");
        assertThat(choices.current(series.get(2).id()).forSeries()).isEqualTo("leadership_meeting");
    }

    @Test
    void aSeriesChoiceStoppedPartWayIsFinishedAtTheNextStart() throws Exception {
        List<MeetingRecord> series = occurrences("Daily review");
        // The choice was stored, then the process stopped before any occurrence was retyped.
        backend.local()
                .typeOverrides()
                .save(
                        new com.execassistant.core.monitor.TypeOverride(
                                series.get(0).accountId(),
                                Scope.SERIES,
                                series.get(0).event().seriesId(),
                                "leadership_meeting"));

        assertThat(choices.finishInterrupted()).isEqualTo(3);

        assertThat(occurrences("Daily review"))
                .extracting(MeetingRecord::type)
                .containsOnly("leadership_meeting");
        assertThat(choices.finishInterrupted()).as("nothing left to finish").isZero();
    }

    @Test
    void undoPutsTheClassifiersTypeBackAndASyncKeepsIt() {
        MeetingRecord before = meeting("Ops sync");

        TypeChoices.Previous previous = choices.choose(before.id(), Scope.MEETING, "qbr");
        choices.undo(previous);
        backend.sync();

        MeetingRecord after = meeting("Ops sync");
        assertThat(after.type()).isEqualTo(before.type());
        assertThat(after.rule()).doesNotContain("set by you");
        assertThat(choices.current(after.id()).chosen()).isNull();
        assertThat(backend.latestRun(after.id()).orElseThrow().meetingType())
                .isEqualTo(before.type());
    }

    @Test
    void aTypeThatIsNotConfiguredIsRefusedWithTheChoices() {
        MeetingRecord m = meeting("Ops sync");

        assertThatThrownBy(() -> choices.choose(m.id(), Scope.MEETING, "board_meeting"))
                .isInstanceOf(TypeChoiceException.class)
                .hasMessageStartingWith("There is no meeting type called \"board_meeting\"")
                .hasMessageContaining("qbr");
        assertThat(meeting("Ops sync").type()).isEqualTo(m.type());
    }

    private List<PrepRun> runs(String meetingId) {
        return backend.runsOf(meetingId);
    }

    private MeetingRecord meeting(String title) {
        return occurrences(title).get(0);
    }

    private List<MeetingRecord> occurrences(String title) {
        return backend
                .meetings(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(15)))
                .stream()
                .filter(m -> m.event().title().equals(title))
                .sorted(Comparator.comparing(m -> m.event().startInstant()))
                .toList();
    }

    private void writeCalendar(String opsTitle, Instant opsStart) throws Exception {
        Instant review = now.plus(Duration.ofDays(1));
        Files.writeString(
                ics,
                String.join(
                        "\r\n",
                        "BEGIN:VCALENDAR",
                        "VERSION:2.0",
                        "PRODID:-//Test//EN",
                        "BEGIN:VEVENT",
                        "UID:ops-sync",
                        "DTSTAMP:" + UTC.format(now),
                        "DTSTART:" + UTC.format(opsStart),
                        "DTEND:" + UTC.format(opsStart.plus(Duration.ofMinutes(45))),
                        "SUMMARY:" + opsTitle,
                        "ORGANIZER:mailto:dana@example.com",
                        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:dana@example.com",
                        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:lee@example.com",
                        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:kim@example.com",
                        "END:VEVENT",
                        "BEGIN:VEVENT",
                        "UID:weekly-review",
                        "DTSTAMP:" + UTC.format(now),
                        "DTSTART:" + UTC.format(review),
                        "DTEND:" + UTC.format(review.plus(Duration.ofMinutes(30))),
                        "RRULE:FREQ=DAILY;COUNT=3",
                        "SUMMARY:Daily review",
                        "ORGANIZER:mailto:dana@example.com",
                        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:dana@example.com",
                        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:lee@example.com",
                        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:kim@example.com",
                        "END:VEVENT",
                        "END:VCALENDAR",
                        ""));
    }
}
