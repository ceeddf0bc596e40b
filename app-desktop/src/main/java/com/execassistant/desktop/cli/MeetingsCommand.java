package com.execassistant.desktop.cli;

import com.execassistant.core.meeting.json.EventJson;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.desktop.workspace.LocalRuntime;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code meetings list}: what the store holds. */
@Command(
        name = "meetings",
        description = "Meetings in the local store.",
        subcommands = {MeetingsCommand.ListMeetings.class, MeetingTypeCommand.class})
final class MeetingsCommand {

    @ParentCommand ExecAssistantCommand root;

    @Command(
            name = "list",
            description = "List stored meetings (default: from now to 14 days ahead).")
    static final class ListMeetings implements Callable<Integer> {

        @Option(names = "--from", paramLabel = "DATE")
        String from;

        @Option(names = "--to", paramLabel = "DATE")
        String to;

        @Option(names = "--json", description = "Print JSON for scripts.")
        boolean json;

        @ParentCommand MeetingsCommand parent;

        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            ZoneId zone = ZoneId.systemDefault();
            Instant start = from == null ? Instant.now() : TimeArgs.parse(from, zone, "--from");
            Instant end =
                    to == null ? start.plus(Duration.ofDays(14)) : TimeArgs.parse(to, zone, "--to");
            PrintWriter out = spec.commandLine().getOut();
            try (LocalRuntime rt = Wiring.open(parent.root)) {
                List<MeetingRecord> list = rt.meetings().meetingsBetween(start, end);
                if (json) {
                    ArrayNode arr = EventJson.mapper().createArrayNode();
                    list.forEach(m -> arr.add(toJson(m)));
                    out.println(arr.toPrettyString());
                } else {
                    for (MeetingRecord m : list) {
                        out.printf(
                                "%s  [%s]%s%n",
                                MeetingText.line(m.event(), zone),
                                m.type(),
                                m.prepTrigger() == null
                                        ? ""
                                        : " prep "
                                                + m.prepTrigger().atZone(zone).toLocalDateTime());
                    }
                    out.printf("%d meeting(s)%n", list.size());
                }
            }
            out.flush();
            return 0;
        }

        static ObjectNode toJson(MeetingRecord m) {
            ObjectNode n = EventJson.toJson(m.event());
            n.put("id", m.id());
            n.put("type", m.type());
            n.put("rule", m.rule());
            n.put("prep_trigger_time", m.prepTrigger() == null ? null : m.prepTrigger().toString());
            n.put("account", m.accountId());
            n.put("revision", m.revision());
            return n;
        }
    }
}
