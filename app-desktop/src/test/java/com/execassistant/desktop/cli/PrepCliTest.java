package com.execassistant.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal path through a prep: start it, answer in the terminal, see the materials. */
class PrepCliTest {

    private static final DateTimeFormatter ICS =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @TempDir Path dir;

    @Test
    void aMeetingPreppedFromTheTerminalGetsItsMaterials() throws Exception {
        Path ws = dir.resolve("ws");
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
                        "SUMMARY:1:1 Dana / Lee",
                        "ORGANIZER:mailto:dana@example.com",
                        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:dana@example.com",
                        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:lee@example.com",
                        "END:VEVENT",
                        "END:VCALENDAR",
                        ""));
        String w = ws.toString();
        Cli.run("--workspace", w, "accounts", "add", "ics", ics.toString());
        Cli.run("--workspace", w, "sync", "--once");

        Cli started = Cli.run("--workspace", w, "prep", "start", "Dana");
        Cli chat =
                Cli.withInput(
                        "Doing well, a bit stretched\nskip\nThe billing migration\ndone\n",
                        "--workspace",
                        w,
                        "prep",
                        "chat",
                        "Dana");
        Cli show = Cli.run("--workspace", w, "prep", "show", "Dana");
        Cli list = Cli.run("--workspace", w, "prep", "list");

        assertThat(started.out()).as(started.err()).contains("waiting for your answers");
        assertThat(chat.out())
                .contains("Question 1 of 4")
                .contains("Question 3 of 4")
                .contains("Materials: ");
        assertThat(show.out())
                .contains("Q&A: done_early, 2 of 4 answered")
                .contains("Materials (template")
                .contains("PREP_START via INBOX: SENT")
                .contains("MATERIALS_READY via INBOX: SENT");
        assertThat(list.out()).contains("ready").contains("1 started");
        Path notes =
                Files.list(ws.resolve("materials/ics-1"))
                        .findFirst()
                        .orElseThrow()
                        .resolve("notes.md");
        assertThat(Files.readString(notes)).contains("Doing well, a bit stretched");
    }

    @Test
    void anUnknownMeetingIsAPlainBadInput() {
        Cli r =
                Cli.run(
                        "--workspace",
                        dir.resolve("ws").toString(),
                        "prep",
                        "start",
                        "nothing like this");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("No upcoming meeting matches");
    }
}
