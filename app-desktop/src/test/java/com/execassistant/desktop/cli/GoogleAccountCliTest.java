package com.execassistant.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.desktop.bench.FakeGoogleCalendar;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's path with Google, headless: add the account, sync, list, remove; Google faked on
 * loopback.
 */
class GoogleAccountCliTest {

    @TempDir Path workspace;
    private FakeGoogleCalendar google;

    @BeforeEach
    void pointTheWorkspaceAtTheFake() throws Exception {
        google = new FakeGoogleCalendar(30, 10, Instant.now().plus(Duration.ofHours(3)));
        Files.createDirectories(workspace.resolve("config"));
        Files.writeString(
                workspace.resolve("config/calendar.yaml"),
                "providers:\n  google:\n    api_root_url: \""
                        + google.baseUrl()
                        + "/\"\n"
                        + "    token_url: \""
                        + google.baseUrl()
                        + "/token\"\n");
    }

    @AfterEach
    void stop() {
        google.close();
    }

    @Test
    void aGoogleAccountAddedWithARefreshTokenSyncsItsMeetingsIntoTheStore() throws Exception {
        String ws = workspace.toString();

        Cli add =
                Cli.run(
                        "--workspace",
                        ws,
                        "accounts",
                        "add",
                        "google",
                        "--client-id",
                        "cid",
                        "--client-secret",
                        "csecret",
                        "--refresh-token",
                        "rtoken-very-secret",
                        "--email",
                        "me@example.com");
        Cli sync = Cli.run("--workspace", ws, "sync", "--once");
        Cli list = Cli.run("--workspace", ws, "meetings", "list", "--json");
        Cli runs = Cli.run("--workspace", ws, "runs", "list");

        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("Added google-1");
        assertThat(sync.exitCode()).as(sync.err() + sync.out()).isZero();
        assertThat(sync.out()).contains("30 fetched, 30 new");
        JsonNode meetings = new ObjectMapper().readTree(list.out());
        assertThat(meetings).hasSize(30);
        assertThat(meetings.get(0).get("account").asText()).isEqualTo("google-1");
        assertThat(meetings.get(0).has("type")).isTrue();
        assertThat(meetings.get(0).has("prep_trigger_time")).isTrue();
        assertThat(runs.out()).contains("new 30");
        assertThat(
                        Files.readString(
                                workspace.resolve("db/exec-assistant.mv.db"),
                                java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("rtoken-very-secret");
    }

    @Test
    void removingTheAccountForgetsItsMeetings() {
        String ws = workspace.toString();
        Cli.run(
                "--workspace",
                ws,
                "accounts",
                "add",
                "google",
                "--client-id",
                "cid",
                "--client-secret",
                "cs",
                "--refresh-token",
                "rt");
        Cli.run("--workspace", ws, "sync", "--once");

        Cli remove = Cli.run("--workspace", ws, "accounts", "remove", "google-1");
        Cli list = Cli.run("--workspace", ws, "meetings", "list");

        assertThat(remove.exitCode()).isZero();
        assertThat(list.out()).contains("0 meeting(s)");
    }

    @Test
    void aGoogleAccountWithoutAClientIsABadArgument() {
        Cli add = Cli.run("--workspace", workspace.toString(), "accounts", "add", "google");

        assertThat(add.exitCode()).isEqualTo(2);
        assertThat(add.err()).contains("--client-id").doesNotContain("Exception");
    }
}
