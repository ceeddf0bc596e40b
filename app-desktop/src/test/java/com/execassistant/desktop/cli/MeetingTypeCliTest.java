package com.execassistant.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code meetings type} and {@code prep snooze} from the terminal, on an ICS account. */
class MeetingTypeCliTest {

    private static final DateTimeFormatter ICS =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @TempDir Path dir;
    private String ws;

    @BeforeEach
    void calendar() throws Exception {
        ws = dir.resolve("ws").toString();
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(3));
        Path ics = dir.resolve("cal.ics");
        Files.writeString(
                ics,
                String.join(
                        "\r\n",
                        "BEGIN:VCALENDAR",
                        "VERSION:2.0",
                        "PRODID:-//t//EN",
                        "BEGIN:VEVENT",
                        "UID:one",
                        "DTSTAMP:20260101T000000Z",
                        "DTSTART:" + ICS.format(start),
                        "DTEND:" + ICS.format(start.plus(Duration.ofMinutes(30))),
                        "SUMMARY:Catch-up Dana / Lee",
                        "ORGANIZER:mailto:dana@example.com",
                        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:dana@example.com",
                        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:lee@example.com",
                        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:kim@example.com",
                        "END:VEVENT",
                        "END:VCALENDAR",
                        ""));
        Cli.run("--workspace", ws, "accounts", "add", "ics", ics.toString());
        Cli.run("--workspace", ws, "sync", "--once");
    }

    @Test
    void aTypeSetFromTheTerminalIsKeptByTheNextSync() {
        Cli set = Cli.run("--workspace", ws, "meetings", "type", "Catch-up", "qbr");
        Cli.run("--workspace", ws, "sync", "--once");
        Cli list = Cli.run("--workspace", ws, "meetings", "list");

        assertThat(set.out()).as(set.err()).contains("Catch-up Dana / Lee is now qbr, set by you.");
        assertThat(list.out()).contains("[qbr]");
    }

    @Test
    void autoHandsTheTypeBackToTheRules() {
        Cli.run("--workspace", ws, "meetings", "type", "Catch-up", "qbr");
        Cli auto = Cli.run("--workspace", ws, "meetings", "type", "Catch-up", "auto");

        assertThat(auto.out()).contains("as the rules decide").doesNotContain("is now qbr");
    }

    @Test
    void snoozingAPrepThatHasNotAskedYetSaysSo() {
        Cli snooze = Cli.run("--workspace", ws, "prep", "snooze", "Catch-up", "--for", "30m");

        assertThat(snooze.err())
                .contains("There is nothing to snooze yet: the prep questions have not been sent.");
    }

    @Test
    void aSnoozeLengthThatIsNotALengthIsRefusedInASentence() {
        Cli snooze = Cli.run("--workspace", ws, "prep", "snooze", "Catch-up", "--for", "soon");

        assertThat(snooze.err()).contains("--for takes a length such as 30m, 2h or 1h30m");
    }
}
