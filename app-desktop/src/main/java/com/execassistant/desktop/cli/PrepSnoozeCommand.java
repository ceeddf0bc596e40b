package com.execassistant.desktop.cli;

import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.prep.PrepSnoozer;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code prep snooze}: ask again later, once. */
@Command(
        name = "snooze",
        description =
                "Ask the prep questions again later (default: chat.snooze_minutes in prep.yaml).")
final class PrepSnoozeCommand implements Callable<Integer> {

    private static final Pattern LENGTH = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?");

    @Parameters(paramLabel = "MEETING")
    String meeting;

    @Option(
            names = "--for",
            paramLabel = "LENGTH",
            description = "How long, e.g. 30m, 2h or 1h30m.")
    String length;

    @ParentCommand PrepCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Duration d = length == null ? null : parse(length);
        try (PrepSession s = PrepSession.open(parent.root)) {
            MeetingRecord m =
                    MeetingRef.resolve(s.local.meetings(), meeting, s.local.clock().instant());
            PrepSnoozer.Outcome o = s.prep.snoozer().snoozeMeeting(m.id(), d);
            spec.commandLine().getOut().println(o.message());
        }
        return 0;
    }

    static Duration parse(String text) {
        Matcher mt = LENGTH.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (text.isBlank() || !mt.matches() || (mt.group(1) == null && mt.group(2) == null)) {
            throw UserError.badInput(
                    "--for takes a length such as 30m, 2h or 1h30m, not '" + text + "'.");
        }
        long hours = mt.group(1) == null ? 0 : Long.parseLong(mt.group(1));
        long minutes = mt.group(2) == null ? 0 : Long.parseLong(mt.group(2));
        Duration d = Duration.ofHours(hours).plusMinutes(minutes);
        if (d.isZero()) {
            throw UserError.badInput("--for must be at least a minute.");
        }
        return d;
    }
}
