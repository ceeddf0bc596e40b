package com.execassistant.desktop.cli;

import com.execassistant.core.calendar.CalendarFetch;
import com.execassistant.core.calendar.FetchRequest;
import com.execassistant.core.calendar.FetchResult;
import com.execassistant.core.calendar.SkippedEvent;
import com.execassistant.core.calendar.ics.IcsCalendarSource;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.json.EventJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code calendar expand}: the occurrences of an ICS file or URL, without any workspace. */
@Command(
        name = "calendar",
        description = "Work with calendar files and feeds.",
        subcommands = CalendarCommand.Expand.class)
final class CalendarCommand {

    @Command(
            name = "expand",
            description = "Print the occurrences of an ICS file or URL in a window.")
    static final class Expand implements Callable<Integer> {

        @Parameters(paramLabel = "SOURCE", description = "An .ics file or an https:// URL.")
        String source;

        @Option(names = "--from", required = true, paramLabel = "DATE")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "Exclusive.")
        String to;

        @Option(
                names = "--zone",
                paramLabel = "ZONE",
                description = "Zone for dates and floating times (default: the system's).")
        ZoneId zone = ZoneId.systemDefault();

        @Option(names = "--json", description = "Print JSON for scripts.")
        boolean json;

        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Instant start = TimeArgs.parse(from, zone, "--from");
            Instant end = TimeArgs.parse(to, zone, "--to");
            if (!end.isAfter(start)) {
                throw UserError.badInput("--to must be after --from");
            }
            HttpClient http =
                    HttpClient.newBuilder()
                            .connectTimeout(Duration.ofSeconds(10))
                            .followRedirects(HttpClient.Redirect.NORMAL)
                            .build();
            FetchResult result =
                    new IcsCalendarSource(source, zone, null, http)
                            .fetch(FetchRequest.full(start, end));
            List<CalendarEvent> events =
                    result.calendars().stream()
                            .map(CalendarFetch::events)
                            .flatMap(List::stream)
                            .sorted(Comparator.comparing(CalendarEvent::startInstant))
                            .toList();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ArrayNode arr = EventJson.mapper().createArrayNode();
                events.forEach(e -> arr.add(EventJson.toJson(e)));
                out.println(arr.toPrettyString());
            } else {
                events.forEach(e -> out.println(MeetingText.line(e, zone)));
                out.printf("%d occurrence(s)%n", events.size());
            }
            PrintWriter err = spec.commandLine().getErr();
            for (SkippedEvent s : result.skipped()) {
                err.println("skipped " + s);
            }
            out.flush();
            err.flush();
            return 0;
        }
    }
}
