package com.execassistant.desktop.cli;

import com.execassistant.core.monitor.SyncRun;
import com.execassistant.desktop.store.SyncRunRepository.StoredRun;
import com.execassistant.desktop.workspace.LocalRuntime;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code runs list}: the figures of past sync runs. */
@Command(name = "runs", description = "Past sync runs.", subcommands = RunsCommand.ListRuns.class)
final class RunsCommand {

    @ParentCommand ExecAssistantCommand root;

    @Command(name = "list", description = "List recent sync runs, newest first.")
    static final class ListRuns implements Callable<Integer> {

        @Option(names = "--limit", defaultValue = "20")
        int limit;

        @ParentCommand RunsCommand parent;

        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (LocalRuntime rt = Wiring.open(parent.root)) {
                for (StoredRun r : rt.runs().recent(limit)) {
                    SyncRun run = r.run();
                    out.printf(
                            "#%d %s  %d ms  accounts %d, fetched %d, new %d, updated %d,"
                                    + " cancelled %d, API calls %d, errors %d, skipped %d%n",
                            r.id(),
                            run.startedAt()
                                    .atZone(ZoneId.systemDefault())
                                    .toLocalDateTime()
                                    .withNano(0),
                            run.duration().toMillis(),
                            run.accounts(),
                            run.fetched(),
                            run.created(),
                            run.updated(),
                            run.cancelled(),
                            run.apiCalls(),
                            r.errorCount(),
                            r.skippedCount());
                    if (r.detail() != null && !r.detail().isBlank()) {
                        r.detail().lines().forEach(l -> out.println("    " + l));
                    }
                }
                // The prep workflow's figures beside the sync's, without starting its engine.
                var chat =
                        new com.execassistant.core.chat.ChatService(
                                new com.execassistant.desktop.store.JdbcChatSessions(rt.database()),
                                rt.clock(),
                                id -> {});
                out.println(
                        "Prep: "
                                + com.execassistant.desktop.prep.PrepFigures.of(
                                                new com.execassistant.desktop.store
                                                                .JdbcPrepRunStore(rt.database())
                                                        .recent(10_000),
                                                chat)
                                        .describe());
            }
            out.flush();
            return 0;
        }
    }
}
