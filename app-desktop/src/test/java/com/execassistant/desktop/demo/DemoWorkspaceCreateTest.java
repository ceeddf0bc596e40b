package com.execassistant.desktop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.account.Account;
import com.execassistant.core.account.AccountKind;
import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.MeetingStatus;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.prep.RunStatus;
import com.execassistant.desktop.sync.CalendarSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a first run gets: one demo workspace, created on a Tuesday at 10:15, inspected by every test
 * (none of them changes it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoWorkspaceCreateTest {

    @TempDir static Path dir;
    private DemoFixture f;
    private DemoResult result;

    @BeforeAll
    void createDemo() {
        f = new DemoFixture(dir, DemoFixture.TUESDAY_MORNING);
        result = DemoWorkspace.create(f.rt);
    }

    @AfterAll
    void close() {
        f.close();
    }

    @Test
    void theDemoIsAnIcsAccountLabelledAndMarkedAsDemo() {
        Account demo = f.rt.accounts().find(result.accountId()).orElseThrow();

        assertThat(demo.kind()).isEqualTo(AccountKind.ICS);
        assertThat(demo.label()).isEqualTo("Demo calendar");
        assertThat(demo.setting("demo")).isEqualTo("true");
        assertThat(demo.ownerEmail()).endsWith("@demo.example");
        assertThat(DemoWorkspace.isDemo(f.rt)).isTrue();
        assertThat(f.rt.sources().vault().get(CalendarSources.icsSourceKey(demo.id())))
                .contains(dir.resolve("demo").resolve("demo.ics").toString());
        assertThat(result.calendarFile()).exists();
    }

    @ParameterizedTest(name = "{0} is {1} with {2} people")
    @CsvSource({
        "Alex / Priya 1:1, one_on_one, 2",
        "Engineering leadership team, leadership_meeting, 12",
        "Engineering QBR: Q1 review, qbr, 25",
        "Engineering all hands, staff_meeting, 40",
        "Weekly staff meeting, staff_meeting, 16",
        "'Incident review: SEV-1 checkout API outage (INC-2291)', incident_review, 8",
        "Design review: checkout load shedding, default, 6",
        "Coffee chat with Noah Kim, default, 2",
        "Hiring sync: Platform reliability engineers, default, 5",
        "Vendor pitch: managed tracing platform, default, 4"
    })
    void everyKindOfMeetingIsStoredWithItsType(String title, String type, int people) {
        MeetingRecord m = f.demoMeeting(title);

        assertThat(m.type()).isEqualTo(type);
        assertThat(m.event().attendees()).hasSize(people);
    }

    @Test
    void theWeeklySeriesIsExpandedWithoutItsExcludedWeek() {
        List<LocalDate> days =
                f.demoMeetings().stream()
                        .filter(m -> m.event().title().equals("Weekly staff meeting"))
                        .map(m -> m.event().start().toLocalDateTime())
                        .sorted()
                        .peek(t -> assertThat(t.toLocalTime()).isEqualTo(LocalTime.of(9, 0)))
                        .map(LocalDateTime::toLocalDate)
                        .toList();

        // This morning's meeting, none next week (EXDATE), then the week after.
        LocalDate today = DemoFixture.TUESDAY_MORNING.toLocalDate();
        assertThat(days).containsExactly(today, today.plusWeeks(2));
        assertThat(
                        f.demoMeetings().stream()
                                .filter(m -> m.event().title().equals("Weekly staff meeting"))
                                .map(m -> m.event().seriesId())
                                .distinct())
                .hasSize(1)
                .doesNotContainNull();
    }

    @Test
    void theCancelledMeetingIsStoredCancelledAndItsPrepStopped() {
        MeetingRecord pitch = f.demoMeeting("Vendor pitch: managed tracing platform");

        assertThat(pitch.event().status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(f.runsOf(result.accountId()))
                .filteredOn(r -> r.meetingId().equals(pitch.id()))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(RunStatus.CANCELLED));
    }

    @Test
    void everyMeetingIsLabelledAsDemo() {
        assertThat(f.demoMeetings())
                .hasSize(result.meetings())
                .allSatisfy(m -> assertThat(m.event().description()).startsWith("(demo)"))
                .allSatisfy(
                        m ->
                                assertThat(m.event().attendees())
                                        .extracting(Attendee::email)
                                        .allMatch(e -> e.endsWith("@demo.example")));
    }

    @Test
    void theDemoUserIsAnAttendeeOfEveryMeeting() {
        assertThat(f.demoMeetings())
                .allSatisfy(
                        m ->
                                assertThat(m.event().attendees())
                                        .filteredOn(Attendee::self)
                                        .hasSize(1));
    }

    @Test
    void singleMeetingsAreOnWorkingDaysWithinTheSyncWindow() {
        ZoneId zone = ZoneId.systemDefault();
        assertThat(f.demoMeetings())
                .filteredOn(m -> m.event().seriesId() == null)
                .allSatisfy(
                        m -> {
                            assertThat(m.event().start().withZoneSameInstant(zone).getDayOfWeek())
                                    .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                            assertThat(m.event().startInstant())
                                    .isAfter(f.now())
                                    .isBefore(f.now().plus(java.time.Duration.ofDays(14)));
                        });
    }

    @Test
    void theIncidentReviewIsAboutThreeHoursFromNow() {
        MeetingRecord review =
                f.demoMeeting("Incident review: SEV-1 checkout API outage (INC-2291)");

        // 10:15 + 3 h, rounded up to the half hour.
        assertThat(review.event().start().toLocalDateTime())
                .isEqualTo(DemoFixture.TUESDAY_MORNING.withHour(13).withMinute(30));
    }

    @Test
    void theSampleContextFilesAreCopiedIntoTheEmptyContextFolder() throws Exception {
        assertThat(result.contextFiles())
                .containsExactly(
                        "budget.yaml",
                        "big_rocks.yaml",
                        "incidents.yaml",
                        "staffing.yaml",
                        "decisions.yaml");
        for (String name : result.contextFiles()) {
            assertThat(dir.resolve("context").resolve(name))
                    .hasSameBinaryContentAs(Path.of("..", "config", "sample-context", name));
        }
        assertThat(Files.readAllLines(dir.resolve("demo").resolve("context-files.txt")))
                .containsExactlyElementsOf(result.contextFiles());
    }

    @Test
    void aSecondCreateChangesNothing() {
        int accounts = f.rt.accounts().all().size();
        int runs = f.runsOf(result.accountId()).size();
        List<Integer> revisions = f.demoMeetings().stream().map(MeetingRecord::revision).toList();

        DemoResult again = DemoWorkspace.create(f.rt);

        assertThat(again.created()).isFalse();
        assertThat(again.accountId()).isEqualTo(result.accountId());
        assertThat(again.dueRunId()).isEqualTo(result.dueRunId());
        assertThat(again.meetings()).isEqualTo(result.meetings());
        assertThat(f.rt.accounts().all()).hasSize(accounts);
        assertThat(f.runsOf(result.accountId())).hasSize(runs);
        assertThat(f.demoMeetings().stream().map(MeetingRecord::revision).toList())
                .isEqualTo(revisions);
    }
}
