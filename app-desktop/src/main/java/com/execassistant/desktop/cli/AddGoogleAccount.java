package com.execassistant.desktop.cli;

import com.execassistant.core.account.Account;
import com.execassistant.core.calendar.google.GoogleAuthorizer;
import com.execassistant.desktop.accounts.AccountActions;
import com.execassistant.desktop.workspace.LocalRuntime;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code accounts add google}: the browser sign-in, or, on a server without a browser, a client id,
 * secret and refresh token given directly or in a JSON file.
 */
@Command(
        name = "google",
        description = {
            "Add a Google Calendar account.",
            "With --client-id and --client-secret only: sign in through the system browser.",
            "With --refresh-token too, or --credentials-file: no browser (for servers)."
        })
final class AddGoogleAccount implements Callable<Integer> {

    @Option(names = "--client-id", paramLabel = "ID")
    String clientId;

    @Option(names = "--client-secret", paramLabel = "SECRET")
    String clientSecret;

    @Option(names = "--refresh-token", paramLabel = "TOKEN")
    String refreshToken;

    @Option(
            names = "--credentials-file",
            paramLabel = "FILE",
            description = "JSON with client_id, client_secret and refresh_token.")
    Path credentialsFile;

    @Option(
            names = "--email",
            paramLabel = "ADDRESS",
            description = "Your Google address (shown in lists).")
    String email;

    @Option(
            names = "--calendar",
            paramLabel = "ID",
            description =
                    "A calendar to read (repeatable; default: those you selected in Google Calendar).")
    List<String> calendars;

    @ParentCommand AccountsCommand.Add parent;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (credentialsFile != null) {
            readCredentialsFile();
        }
        if (clientId == null || clientSecret == null) {
            throw UserError.badInput(
                    "Google needs an OAuth client: give --client-id and --client-secret (a Desktop"
                            + " app client from the Google Cloud console), or --credentials-file.");
        }
        try (LocalRuntime rt = Wiring.open(parent.parent.root)) {
            if (refreshToken == null) {
                spec.commandLine().getOut().println("Opening your browser to sign in to Google...");
                spec.commandLine().getOut().flush();
            }
            Account account =
                    new AccountActions(rt)
                            .addGoogle(
                                    clientId,
                                    clientSecret,
                                    refreshToken,
                                    email,
                                    calendars,
                                    GoogleAuthorizer.systemBrowser());
            spec.commandLine()
                    .getOut()
                    .println(
                            "Added "
                                    + account.id()
                                    + " ("
                                    + account.label()
                                    + "). Run 'sync --once' to import.");
        }
        return 0;
    }

    private void readCredentialsFile() {
        try {
            JsonNode n = new ObjectMapper().readTree(credentialsFile.toFile());
            JsonNode inner = n.has("installed") ? n.get("installed") : n;
            clientId = clientId != null ? clientId : text(inner, "client_id");
            clientSecret = clientSecret != null ? clientSecret : text(inner, "client_secret");
            refreshToken = refreshToken != null ? refreshToken : text(n, "refresh_token");
        } catch (IOException e) {
            throw UserError.badInput(
                    "Cannot read " + credentialsFile + " as JSON: " + e.getMessage());
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
