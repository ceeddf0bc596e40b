package com.execassistant.desktop.ui.settings;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.calendar.google.GoogleCredentialStore;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accounts in Settings, through the same actions as the CLI: an ICS file added after one read, a
 * bad one refused next to its field, removal with the account's data, and the Google sign-in with
 * its loopback redirect (Google faked on loopback, the browser played by the test).
 */
class AccountsViewModelTest {

    @TempDir Path dir;
    private final WireMockServer google = new WireMockServer(wireMockConfig().dynamicPort());
    private SettingsFixture f;
    private AccountsViewModel vm;

    @BeforeEach
    void open() throws Exception {
        google.start();
        f =
                new SettingsFixture(
                        dir,
                        null,
                        "providers:\n  google:\n    auth_url: \"%s/auth\"\n    token_url: \"%s/token\"\n"
                                .formatted(google.baseUrl(), google.baseUrl()));
        vm = f.vm.accounts();
    }

    @AfterEach
    void close() {
        f.close();
        google.stop();
    }

    private Path icsFile() throws Exception {
        String day = LocalDate.now().plusDays(2).toString().replace("-", "");
        Path ics = dir.resolve("team.ics");
        Files.writeString(
                ics,
                String.join(
                        "\r\n",
                        "BEGIN:VCALENDAR",
                        "VERSION:2.0",
                        "PRODID:-//test//EN",
                        "BEGIN:VEVENT",
                        "UID:weekly-1",
                        "DTSTAMP:20250101T000000Z",
                        "DTSTART:" + day + "T100000Z",
                        "DTEND:" + day + "T110000Z",
                        "SUMMARY:Weekly sync",
                        "END:VEVENT",
                        "END:VCALENDAR",
                        ""));
        return ics;
    }

    @Test
    void anIcsFileIsAddedAfterOneReadAndListed() throws Exception {
        vm.icsSource().valueProperty().set(icsFile().toString());

        vm.addIcs();

        assertThat(vm.accounts()).extracting(AccountRow::id).containsExactly("ics-1");
        assertThat(vm.status().messageProperty().get()).startsWith("Added ics-1: 1 meeting(s)");
        assertThat(vm.icsSource().valueProperty().get()).isEmpty();
    }

    @Test
    void aMissingFileIsRefusedNextToTheField() {
        vm.icsSource().valueProperty().set(dir.resolve("nope.ics").toString());

        vm.addIcs();

        assertThat(vm.icsSource().errorProperty().get())
                .startsWith("Not added: Cannot read the file")
                .endsWith("nope.ics.");
        assertThat(vm.accounts()).isEmpty();
    }

    @Test
    void removingAnAccountForgetsItAndItsSecrets() throws Exception {
        vm.icsSource().valueProperty().set(icsFile().toString());
        vm.addIcs();

        vm.remove(vm.accounts().get(0));

        assertThat(vm.accounts()).isEmpty();
        assertThat(f.local.accounts().all()).isEmpty();
        assertThat(f.local.sources().vault().names()).isEmpty();
    }

    @Test
    void addingOrRemovingTellsTheMainWindow() throws Exception {
        int[] told = {0};
        f.vm.onAccountsChanged(() -> told[0]++);
        vm.icsSource().valueProperty().set(icsFile().toString());

        vm.addIcs();
        vm.remove(vm.accounts().get(0));

        assertThat(told[0]).isEqualTo(2);
    }

    @Test
    void googleSignInOpensTheBrowserAndStoresTheAccountEncrypted() {
        google.stubFor(
                post(urlPathEqualTo("/token"))
                        .withRequestBody(containing("grant_type=authorization_code"))
                        .willReturn(
                                aResponse()
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"access_token\":\"a-1\",\"refresh_token\":\"refresh-very-secret\","
                                                        + "\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        f.opener.user = AccountsViewModelTest::consent;
        vm.clientId().valueProperty().set("client-1");
        vm.clientSecret().valueProperty().set("secret-1");
        vm.googleEmail().valueProperty().set("dana@example.com");
        vm.calendars().valueProperty().set("primary, team@example.com");

        vm.connectGoogle();

        assertThat(vm.status().messageProperty().get())
                .isEqualTo("Connected dana@example.com as google-1.");
        assertThat(f.opener.browsed).hasSize(1);
        assertThat(f.opener.browsed.get(0).toString()).startsWith(google.baseUrl() + "/auth?");
        assertThat(vm.accounts().get(0).calendars()).isEqualTo("primary,team@example.com");
        assertThat(new GoogleCredentialStore(f.local.sources().vault()).load("google-1"))
                .hasValueSatisfying(
                        c -> assertThat(c.refreshToken()).isEqualTo("refresh-very-secret"));
    }

    @Test
    void withoutABrowserTheSignInAddressIsShownToCopy() {
        f.opener.works = false;
        String[] shown = {""};
        f.opener.user = uri -> {};
        vm.signInUrlProperty().addListener((o, a, b) -> shown[0] = b.isEmpty() ? shown[0] : b);
        google.stubFor(post(urlPathEqualTo("/token")).willReturn(aResponse().withStatus(400)));
        vm.clientId().valueProperty().set("client-1");
        vm.clientSecret().valueProperty().set("secret-1");
        // The "user" pastes the address into a browser elsewhere and consents.
        f.opener.user = AccountsViewModelTest::consent;

        vm.connectGoogle();

        assertThat(shown[0]).startsWith(google.baseUrl() + "/auth?");
        assertThat(vm.status().failedProperty().get()).isTrue();
        assertThat(vm.status().messageProperty().get()).startsWith("Google was not connected: ");
    }

    @Test
    void googleNeedsTheClientIdAndSecret() {
        vm.connectGoogle();

        assertThat(vm.clientId().errorProperty().get())
                .isEqualTo("Give the OAuth client id (Desktop app).");
        assertThat(f.opener.browsed).isEmpty();
    }

    /** The user consents: Google sends the browser back to the loopback address with a code. */
    private static void consent(URI consentPage) {
        Map<String, String> q = new HashMap<>();
        for (String pair : consentPage.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            client.send(
                    HttpRequest.newBuilder(
                                    URI.create(
                                            q.get("redirect_uri")
                                                    + "?code=code-42&state="
                                                    + q.get("state")))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
