package com.execassistant.desktop.cli;

import com.execassistant.core.account.Account;
import com.execassistant.core.account.AccountKind;
import com.execassistant.core.calendar.FetchRequest;
import com.execassistant.core.calendar.FetchResult;
import com.execassistant.desktop.sync.CalendarSources;
import com.execassistant.desktop.workspace.LocalRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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
        String normalized =
                source.contains("://")
                        ? source.trim()
                        : Path.of(source).toAbsolutePath().normalize().toString();
        if (!source.contains("://") && !Files.isReadable(Path.of(normalized))) {
            throw UserError.badInput("Cannot read the file " + normalized + ".");
        }
        try (LocalRuntime rt = Wiring.open(parent.parent.root)) {
            String id = rt.accounts().nextId(AccountKind.ICS);
            rt.sources().vault().put(CalendarSources.icsSourceKey(id), normalized);
            Account account =
                    new Account(
                            id,
                            AccountKind.ICS,
                            AccountSecrets.icsLabel(normalized),
                            email,
                            Map.of(),
                            true);
            if (!noCheck) {
                try {
                    Instant now = rt.clock().instant();
                    FetchResult r =
                            rt.sources()
                                    .sourceFor(account)
                                    .fetch(FetchRequest.full(now, now.plus(Duration.ofDays(14))));
                    spec.commandLine()
                            .getOut()
                            .printf(
                                    "Read the calendar: %d occurrence(s) in the next 14 days, %d skipped.%n",
                                    r.calendars().stream().mapToInt(c -> c.events().size()).sum(),
                                    r.skipped().size());
                } catch (RuntimeException e) {
                    rt.sources().vault().remove(CalendarSources.icsSourceKey(id));
                    throw e;
                }
            }
            rt.accounts().add(account);
            spec.commandLine()
                    .getOut()
                    .println(
                            "Added "
                                    + id
                                    + " ("
                                    + account.label()
                                    + "). Run 'sync --once' to import.");
        }
        return 0;
    }
}
