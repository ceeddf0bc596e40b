package com.execassistant.desktop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.calendar.ics.IcsExpander;
import com.execassistant.core.meeting.CalendarEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoIcsWriterTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "plain text | plain text",
                "a, b | a\\, b",
                "a; b | a\\; b",
                "back\\slash | back\\\\slash",
            })
    void textValuesAreEscaped(String raw, String escaped) {
        assertThat(DemoIcsWriter.text(raw)).isEqualTo(escaped);
    }

    @Test
    void lineBreaksInTextAreEscaped() {
        assertThat(DemoIcsWriter.text("one\ntwo")).isEqualTo("one\\ntwo");
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() {
        StringBuilder out = new StringBuilder();
        String value = "DESCRIPTION:" + "Zürich café ".repeat(20);

        DemoIcsWriter.line(out, value);

        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSizeGreaterThan(1);
        for (String l : lines) {
            assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(out.toString().replace("\r\n ", "").stripTrailing())
                .isEqualTo(value.stripTrailing());
    }

    @Test
    void aWeeklySeriesReadsBackAtTheSameWallClockTimeAcrossADaylightSavingChange() {
        // Berlin moves its clocks forward on 29 March 2026.
        ZonedDateTime first = LocalDateTime.of(2026, 3, 17, 9, 0).atZone(BERLIN);
        DemoMeeting series = DemoMeetings.staffSeries(first, first.plusWeeks(1));

        List<CalendarEvent> read =
                // The reader's own zone is UTC: X-WR-TIMEZONE must be what places the times.
                new IcsExpander(ZoneId.of("UTC"), null)
                        .expand(
                                DemoIcsWriter.write(List.of(series), BERLIN, Instant.EPOCH),
                                "demo.ics",
                                first.toInstant().minusSeconds(1),
                                first.plusWeeks(3).toInstant())
                        .occurrences();

        assertThat(read)
                .extracting(e -> e.start().withZoneSameInstant(BERLIN).toLocalDateTime())
                .containsExactly(
                        LocalDateTime.of(2026, 3, 17, 9, 0),
                        // 24 March left out (EXDATE)
                        LocalDateTime.of(2026, 3, 31, 9, 0));
        assertThat(read.get(1).startInstant())
                .isEqualTo(first.toInstant().plus(Duration.ofDays(14)).minusSeconds(3600));
    }

    @Test
    void titlesWithPunctuationReadBackUnchanged() {
        ZonedDateTime start = LocalDateTime.of(2026, 3, 17, 13, 30).atZone(BERLIN);
        DemoMeeting review = DemoMeetings.incidentReview(start);

        CalendarEvent read =
                new IcsExpander(BERLIN, DemoWorkspace.OWNER_EMAIL)
                        .expand(
                                DemoIcsWriter.write(List.of(review), BERLIN, Instant.EPOCH),
                                "demo.ics",
                                start.toInstant().minusSeconds(1),
                                start.plusDays(1).toInstant())
                        .occurrences()
                        .getFirst();

        assertThat(read.title()).isEqualTo(review.title());
        assertThat(read.description()).isEqualTo(review.description());
        assertThat(read.start()).isEqualTo(start);
        assertThat(read.organizer()).isEqualTo("marcus.bell@demo.example");
    }
}
