package com.execassistant.desktop.cli;

import com.execassistant.core.prep.PrepRun;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code prep retry}. */
@Command(name = "retry", description = "Try a failed run again from the step that failed.")
final class PrepRetryCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RUN")
    String runId;

    @ParentCommand PrepCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        try (PrepSession s = PrepSession.open(parent.root)) {
            PrepRun r;
            try {
                r = s.prep.coordinator().retry(runId);
            } catch (com.execassistant.core.prep.PrepException e) {
                throw UserError.badInput(e.getMessage());
            }
            PrepRun after =
                    PrepCommand.await(
                            s,
                            r.runId(),
                            x ->
                                    x.status().finished()
                                            || x.wakeAt() == null
                                            || x.wakeAt().isAfter(s.local.clock().instant()),
                            Duration.ofSeconds(60));
            spec.commandLine()
                    .getOut()
                    .println(
                            "Run "
                                    + runId
                                    + " is now "
                                    + PrepCommand.state(after, s.wiring.zone())
                                    + ".");
        }
        return 0;
    }
}
