package com.execassistant.desktop.cli;

import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepStep;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code prep}: the prep workflow from the terminal. */
@Command(
        name = "prep",
        description = "Meeting preparation: list, start, answer, inspect, retry, skip, snooze.",
        subcommands = {
            PrepListCommand.class,
            PrepStartCommand.class,
            PrepChatCommand.class,
            PrepShowCommand.class,
            PrepRetryCommand.class,
            PrepSkipCommand.class,
            PrepSnoozeCommand.class
        })
final class PrepCommand {

    @ParentCommand ExecAssistantCommand root;

    /** Waits (bounded) while the engine works on a run in this process. */
    static PrepRun await(PrepSession s, String runId, Predicate<PrepRun> done, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        PrepRun r = s.prep.runs().find(runId).orElseThrow();
        while (!done.test(r) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            r = s.prep.runs().find(runId).orElseThrow();
        }
        return r;
    }

    static String state(PrepRun r, ZoneId zone) {
        String s = r.status().name().toLowerCase(Locale.ROOT);
        return switch (r.status()) {
            case SCHEDULED ->
                    "scheduled for "
                            + (r.wakeAt() == null
                                    ? "?"
                                    : r.wakeAt().atZone(zone).toLocalDateTime().withNano(0));
            case ACTIVE ->
                    r.step() == PrepStep.WAIT_FOR_CHAT_COMPLETION
                            ? "waiting for your answers"
                            : r.step() == PrepStep.WAIT_UNTIL_REMINDER
                                    ? "ready"
                                    : "in progress ("
                                            + r.step().name().toLowerCase(Locale.ROOT)
                                            + ")";
            case RETRYING -> "retrying: " + trim(r.lastError());
            case FAILED -> "failed: " + trim(r.lastError());
            default -> s;
        };
    }

    private static String trim(String sentence) {
        return sentence == null ? "" : sentence.replaceAll("\\.+$", "");
    }
}
