package com.execassistant.desktop.cli;

import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.monitor.TypeOverride.Scope;
import com.execassistant.desktop.meeting.TypeChoices;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code meetings type}: the user's type for a meeting, kept across syncs. */
@Command(
        name = "type",
        description =
                "Set a meeting's type (kept across syncs), or 'auto' to leave it to the rules.")
final class MeetingTypeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MEETING")
    String meeting;

    @Parameters(index = "1", paramLabel = "TYPE", description = "A type name, or auto.")
    String type;

    @Option(names = "--series", description = "Every meeting of the recurring series.")
    boolean series;

    @ParentCommand MeetingsCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (PrepSession s = PrepSession.open(parent.root)) {
            MeetingRecord m =
                    MeetingRef.resolve(s.local.meetings(), meeting, s.local.clock().instant());
            TypeChoices choices = new TypeChoices(s.local, s.prep::applyEvents);
            boolean auto = "auto".equalsIgnoreCase(type);
            choices.choose(m.id(), series ? Scope.SERIES : Scope.MEETING, auto ? null : type);
            MeetingRecord now = s.local.meetings().find(m.id()).orElse(m);
            spec.commandLine()
                    .getOut()
                    .println(
                            m.event().title()
                                    + (series ? " (whole series)" : "")
                                    + " is now "
                                    + now.type()
                                    + (auto ? ", as the rules decide." : ", set by you."));
        }
        return 0;
    }
}
