package com.execassistant.desktop.cli;

import com.execassistant.core.classify.Classification;
import com.execassistant.core.classify.MeetingClassifier;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.json.EventJson;
import com.execassistant.core.meeting.json.EventJsonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code classify}: types and prep times for meetings given as JSON on standard input. */
@Command(
        name = "classify",
        description =
                "Classify meetings read as JSON (the shape calendar expand prints) from stdin.")
final class ClassifyCommand implements Callable<Integer> {

    @Option(names = "--now", paramLabel = "ISO", description = "Pretend it is this time.")
    String now;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    @ParentCommand ExecAssistantCommand root;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Instant at =
                now == null ? Instant.now() : TimeArgs.parse(now, ZoneId.systemDefault(), "--now");
        MeetingClassifier classifier =
                new MeetingClassifier(Wiring.readConfig(root).meetingTypes());
        JsonNode input = read();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems = new ArrayList<>();
        ArrayNode results = EventJson.mapper().createArrayNode();
        int index = 0;
        for (JsonNode item :
                input.isArray() ? input : EventJson.mapper().createArrayNode().add(input)) {
            index++;
            try {
                CalendarEvent e = EventJson.fromJson(item);
                results.add(toJson(e, classifier.classify(e, at)));
            } catch (EventJsonException ex) {
                problems.add("meeting #" + index + " skipped: " + ex.getMessage());
            }
        }
        if (json) {
            out.println(results.toPrettyString());
        } else {
            for (JsonNode r : results) {
                out.printf(
                        "%-18s %-26s %s%n  %s%n",
                        r.get("type").asText(),
                        r.path("prep_trigger_time").isNull()
                                ? "no prep"
                                : "prep "
                                        + r.get("prep_trigger_time").asText()
                                        + (r.get("late").asBoolean() ? " (late)" : ""),
                        r.get("title").asText(),
                        r.get("rule").asText());
            }
        }
        problems.forEach(err::println);
        out.flush();
        err.flush();
        return problems.isEmpty() ? 0 : 1;
    }

    private JsonNode read() throws IOException {
        try {
            JsonNode node = EventJson.mapper().readTree(root.stdin);
            if (node == null || node.isMissingNode()) {
                throw UserError.badInput(
                        "classify reads meetings as JSON on stdin, and stdin was empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw UserError.badInput(
                    "stdin is not valid JSON (line "
                            + e.getLocation().getLineNr()
                            + "): "
                            + e.getOriginalMessage());
        }
    }

    static ObjectNode toJson(CalendarEvent e, Classification c) {
        ObjectNode n = EventJson.mapper().createObjectNode();
        n.put("uid", e.uid());
        n.put("recurrence_id", e.recurrenceId());
        n.put("title", e.title());
        n.put("start", EventJson.formatTime(e.start(), e.allDay()));
        n.put("type", c.type());
        n.put("rule", c.rule());
        n.put("prep_hours_before", c.prepHoursBefore());
        n.put(
                "prep_trigger_time",
                c.prepTriggerTime() == null ? null : c.prepTriggerTime().toString());
        n.put("late", c.late());
        n.put("prep_needed", c.prepNeeded());
        return n;
    }
}
