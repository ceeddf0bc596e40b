package com.execassistant.desktop.cli;

import com.execassistant.core.account.Account;
import com.execassistant.desktop.accounts.AccountActions;
import com.execassistant.desktop.workspace.LocalRuntime;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code accounts}: connect, list and remove calendar accounts. */
@Command(
        name = "accounts",
        description = "Connected calendar accounts.",
        subcommands = {
            AccountsCommand.Add.class,
            AccountsCommand.ListAccounts.class,
            AccountsCommand.Remove.class
        })
final class AccountsCommand {

    @ParentCommand ExecAssistantCommand root;

    @Command(
            name = "add",
            description = "Connect a calendar.",
            subcommands = {AddIcsAccount.class, AddGoogleAccount.class})
    static final class Add {
        @ParentCommand AccountsCommand parent;
    }

    @Command(name = "list", description = "List connected accounts.")
    static final class ListAccounts implements Callable<Integer> {

        @ParentCommand AccountsCommand parent;

        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (LocalRuntime rt = Wiring.open(parent.root)) {
                List<Account> accounts = rt.accounts().all();
                if (accounts.isEmpty()) {
                    out.println(
                            "No accounts. Add one with 'accounts add ics SOURCE' or 'accounts add google'.");
                }
                for (Account a : accounts) {
                    out.printf(
                            "%-10s %-7s %s%s%s%n",
                            a.id(),
                            a.kind().wire(),
                            a.label(),
                            a.ownerEmail() == null ? "" : "  (" + a.ownerEmail() + ")",
                            a.active() ? "" : "  [paused]");
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "remove",
            description = "Disconnect an account and forget its meetings and secrets.")
    static final class Remove implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "The id shown by 'accounts list'.")
        String id;

        @ParentCommand AccountsCommand parent;

        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (LocalRuntime rt = Wiring.open(parent.root)) {
                if (!new AccountActions(rt).remove(id)) {
                    throw UserError.badInput(
                            "There is no account '" + id + "'; 'accounts list' shows them.");
                }
                spec.commandLine().getOut().println("Removed " + id + ".");
            }
            return 0;
        }
    }
}
