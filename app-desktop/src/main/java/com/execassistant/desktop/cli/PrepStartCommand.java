package com.execassistant.desktop.cli;

import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepStep;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code prep start}. */
@Command(name = "start", description = "Prep a meeting now, whatever its prep time.")
final class PrepStartCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MEETING", description = "An id (or its start) or words of the title.")
    String meeting;

    @ParentCommand PrepCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        try (PrepSession s = PrepSession.open(parent.root)) {
            MeetingRecord m =
                    MeetingRef.resolve(s.local.meetings(), meeting, s.local.clock().instant());
            PrepRun run = s.prep.coordinator().startNow(m.id());
            out.println("Preparing " + m.event().title() + "...");
            out.flush();
            PrepRun r =
                    PrepCommand.await(
                            s,
                            run.runId(),
                            x ->
                                    x.status().finished()
                                            || x.step().compareTo(PrepStep.WAIT_FOR_CHAT_COMPLETION)
                                                    >= 0,
                            Duration.ofSeconds(60));
            out.println("Now " + PrepCommand.state(r, s.wiring.zone()) + ".");
            if (r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION) {
                out.println("Answer the prep questions with: prep chat " + m.id().substring(0, 8));
            }
        }
        out.flush();
        return 0;
    }
}
