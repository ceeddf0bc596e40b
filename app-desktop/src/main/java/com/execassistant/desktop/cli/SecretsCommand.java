package com.execassistant.desktop.cli;

import com.execassistant.desktop.workspace.LocalRuntime;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code secrets}: tokens and keys, stored encrypted in the workspace. A value is read from
 * standard input, never from the command line, so it stays out of shell history and process lists.
 */
@Command(
        name = "secrets",
        description = "Store tokens and keys encrypted in the workspace.",
        subcommands = {SecretsCommand.SetSecret.class, SecretsCommand.Remove.class})
final class SecretsCommand {

    static final java.util.Set<String> NAMES =
            com.execassistant.desktop.settings.StoredSecrets.NAMES;

    @ParentCommand ExecAssistantCommand root;

    static void check(String name) {
        if (!NAMES.contains(name)) {
            throw UserError.badInput(
                    "Unknown secret '"
                            + name
                            + "'; use one of "
                            + String.join(", ", new java.util.TreeSet<>(NAMES))
                            + ".");
        }
    }

    @Command(name = "set", description = "Read a secret's value from stdin and store it encrypted.")
    static final class SetSecret implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;

        @ParentCommand SecretsCommand parent;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            check(name);
            String value =
                    new BufferedReader(
                                    new InputStreamReader(
                                            parent.root.stdin, StandardCharsets.UTF_8))
                            .readLine();
            if (value == null || value.isBlank()) {
                throw UserError.badInput(
                        "No value on stdin; for example: echo \"$TOKEN\" | exec-assistant secrets set "
                                + name);
            }
            try (LocalRuntime rt = Wiring.open(parent.root)) {
                rt.sources().vault().put(name, value.trim());
            }
            spec.commandLine().getOut().println("Stored " + name + " (encrypted).");
            return 0;
        }
    }

    @Command(name = "remove", description = "Forget a secret.")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;

        @ParentCommand SecretsCommand parent;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            check(name);
            try (LocalRuntime rt = Wiring.open(parent.root)) {
                rt.sources().vault().remove(name);
            }
            spec.commandLine().getOut().println("Removed " + name + ".");
            return 0;
        }
    }
}
