package com.execassistant.desktop.cli;

import com.execassistant.core.chat.ChatReply;
import com.execassistant.core.chat.ChatService;
import com.execassistant.core.chat.ChatSession;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.prep.PrepRun;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code prep chat}. */
@Command(
        name = "chat",
        description =
                "Answer a meeting's prep questions here ('skip' skips one, 'done' finishes early).")
final class PrepChatCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MEETING")
    String meeting;

    @ParentCommand PrepCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (PrepSession s = PrepSession.open(parent.root)) {
            MeetingRecord m =
                    MeetingRef.resolve(s.local.meetings(), meeting, s.local.clock().instant());
            PrepRun run =
                    s.prep.runs().forMeeting(m.id()).stream()
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            UserError.badInput(
                                                    "No prep has started for this meeting; use 'prep start' first."));
            ChatSession session =
                    s.prep.chat()
                            .find(run.runId())
                            .orElseThrow(
                                    () ->
                                            UserError.badInput(
                                                    "The prep questions have not been asked yet; the run is "
                                                            + PrepCommand.state(
                                                                    run, s.wiring.zone())
                                                            + "."));
            BufferedReader in =
                    new BufferedReader(
                            new InputStreamReader(parent.root.stdin, StandardCharsets.UTF_8));
            out.println("Prep for " + m.event().title() + " - answer, or type 'skip' or 'done'.");
            out.println(ChatService.prompt(session));
            out.flush();
            int n = 0;
            while (!session.state().finished()) {
                out.print("> ");
                out.flush();
                String line = in.readLine();
                if (line == null) {
                    out.println();
                    out.println(
                            "Stopped; your answers so far are kept. Run 'prep chat' again to go on.");
                    return 0;
                }
                // The terminal has no message ids; the session's answer count makes one per
                // question.
                ChatReply reply =
                        s.prep.chat()
                                .answer(
                                        run.runId(),
                                        "terminal-" + session.answers().size() + "-" + (n++),
                                        line);
                out.println(reply.text());
                out.flush();
                session = s.prep.chat().find(run.runId()).orElseThrow();
            }
            PrepRun done =
                    PrepCommand.await(
                            s,
                            run.runId(),
                            x -> x.status().finished() || x.materialsLocation() != null,
                            Duration.ofSeconds(90));
            out.println(
                    done.materialsLocation() == null
                            ? "The materials are not ready yet; see 'prep show'."
                            : "Materials: " + done.materialsLocation());
        }
        out.flush();
        return 0;
    }
}
