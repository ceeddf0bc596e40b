package com.execassistant.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliBasicsTest {

    @TempDir Path dir;

    @Test
    void anUnknownCommandPrintsOneLineAndTheUsageAndExitsTwo() {
        Cli r = Cli.run("frobnicate");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines().findFirst())
                .hasValueSatisfying(l -> assertThat(l).startsWith("error: "));
        assertThat(r.err()).contains("usage: exec-assistant");
    }

    @Test
    void aMissingFileIsAPlainSentenceWithoutAStackTrace() {
        Cli r =
                Cli.run(
                        "calendar",
                        "expand",
                        dir.resolve("none.ics").toString(),
                        "--from",
                        "2026-03-01",
                        "--to",
                        "2026-04-01");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("does not exist").doesNotContain("\tat ");
    }

    @Test
    void debugShowsTheStackTrace() {
        Cli r =
                Cli.run(
                        "--debug",
                        "calendar",
                        "expand",
                        dir.resolve("none.ics").toString(),
                        "--from",
                        "2026-03-01",
                        "--to",
                        "2026-04-01");

        assertThat(r.err()).contains("\tat ");
    }

    @Test
    void classifyReportsABadEntryAndStillClassifiesTheOthers() throws Exception {
        String input =
                "[{\"uid\":\"a\",\"title\":\"1:1 Dana / Lee\",\"start\":\"2026-03-02T10:00:00-05:00\","
                        + "\"end\":\"2026-03-02T10:30:00-05:00\",\"attendees\":[{\"email\":\"dana@x.com\"},{\"email\":\"lee@x.com\"}]},"
                        + "{\"uid\":\"b\",\"title\":\"no start\"}]";

        Cli r = Cli.withInput(input, "classify", "--now", "2026-03-01T00:00:00Z", "--json");

        JsonNode out = new ObjectMapper().readTree(r.out());
        assertThat(out).hasSize(1);
        assertThat(out.get(0).get("type").asText()).isEqualTo("one_on_one");
        assertThat(out.get(0).get("prep_trigger_time").asText()).isEqualTo("2026-03-01T15:00:00Z");
        assertThat(r.err()).contains("meeting #2 skipped").contains("\"start\"");
        assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void invalidJsonOnStdinIsABadInput() {
        Cli r = Cli.withInput("{not json", "classify");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("not valid JSON");
    }

    @Test
    void aBadWorkspaceConfigurationNamesTheFileAndStopsBeforeTouchingData() throws Exception {
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws.resolve("config"));
        Files.writeString(ws.resolve("config/calendar.yaml"), "sync:\n  days_ahead: -3\n");

        Cli r = Cli.run("--workspace", ws.toString(), "accounts", "list");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("calendar.yaml").contains("line 2");
        assertThat(ws.resolve("db")).doesNotExist();
    }

    @Test
    void anIcsAccountKeepsItsAddressOutOfTheDatabaseAndTheListing() throws Exception {
        Path ics = dir.resolve("team.ics");
        Files.writeString(
                ics, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nEND:VCALENDAR\r\n");
        Path ws = dir.resolve("ws");

        Cli add = Cli.run("--workspace", ws.toString(), "accounts", "add", "ics", ics.toString());
        Cli list = Cli.run("--workspace", ws.toString(), "accounts", "list");

        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(list.out()).contains("ics-1");
        assertThat(
                        Files.readString(
                                ws.resolve("secrets.vault"),
                                java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("team.ics");
    }
}
