package com.execassistant.desktop.cli;

import com.execassistant.desktop.accounts.AccountActions;
import com.execassistant.desktop.accounts.AccountException;
import com.execassistant.desktop.workspace.LocalRuntime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code accounts add ics SOURCE}: an ICS file or a calendar's secret iCal address. */
@Command(
        name = "ics",
        description = "Add an ICS file or an https:// (or webcal://) calendar address.")
final class AddIcsAccount implements Callable<Integer> {

    @Parameters(paramLabel = "SOURCE")
    String source;

    @Option(
            names = "--email",
            paramLabel = "ADDRESS",
            description = "Your address in this calendar, to recognise your answers.")
    String email;

    @Option(names = "--no-check", description = "Add without reading the calendar once first.")
    boolean noCheck;

    @ParentCommand AccountsCommand.Add parent;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (LocalRuntime rt = Wiring.open(parent.parent.root)) {
            AccountActions.AddedIcs added;
            try {
                added = new AccountActions(rt).addIcs(source, email, !noCheck);
            } catch (AccountException e) {
                throw UserError.badInput(e.getMessage());
            }
            if (added.checked()) {
                spec.commandLine()
                        .getOut()
                        .printf(
                                "Read the calendar: %d occurrence(s) in the next 14 days, %d skipped.%n",
                                added.occurrences(), added.skipped());
            }
            spec.commandLine()
                    .getOut()
                    .println(
                            "Added "
                                    + added.account().id()
                                    + " ("
                                    + added.account().label()
                                    + "). Run 'sync --once' to import.");
        }
        return 0;
    }
}
