package com.execassistant.core.materials.llm;

import com.execassistant.core.context.ContextBundle;
import com.execassistant.core.context.ContextGap;
import com.execassistant.core.context.ContextItem;
import com.execassistant.core.context.ContextKind;
import com.execassistant.core.context.ContextSection;
import com.execassistant.core.materials.MaterialsRequest;
import com.execassistant.core.materials.PrepAnswer;
import com.execassistant.core.materials.PrepAnswers;
import com.execassistant.core.materials.PrepOutcome;
import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.MeetingStatus;
import com.execassistant.core.meeting.ResponseStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * A meeting request and model answers for LLM writer tests, shared with the runtimes' adapter
 * tests. The request carries things that must never reach a model (emails, a dial-in link, the
 * location) so that tests can look for them in what was sent.
 */
public final class LlmFixtures {

    public static final String TITLE = "Leadership Team Meeting";
    public static final String ORGANIZER = "dana.lee@example.com";
    public static final String OTHER_EMAIL = "sam.roy@example.com";
    public static final String USER_NAME = "Dana Lee";
    public static final String LOCATION = "Zoom 555-0100 passcode 9911";
    public static final String DIAL_IN = "https://zoom.example.com/j/123?pwd=secret";
    public static final String PRIORITY_ANSWER = "Close the Q4 budget; hire a VP Engineering";
    public static final String CONCERN_ANSWER = "Checkout outage follow-ups";
    public static final int MINUTES = 60;

    /** A valid plan for {@link #MINUTES} minutes, as a model would return it. */
    public static final String VALID_PLAN =
            """
            {"sections": [
               {"title": "Your priorities", "minutes": 20,
                "points": ["Close the Q4 budget", "Hire a VP Engineering"]},
               {"title": "Budget review", "minutes": 25,
                "points": ["Cloud spend is 12% over plan"]},
               {"title": "Wrap-up", "minutes": 15, "points": ["Owners and dates"]}],
             "question_groups": [
               {"heading": "For the CFO",
                "questions": ["What drove the cloud overspend in November?"]}],
             "notes": ["Ask for the EC2 reservation plan"]}
            """;

    private LlmFixtures() {}

    public static CalendarEvent meeting() {
        ZonedDateTime start =
                ZonedDateTime.of(2025, 12, 20, 10, 0, 0, 0, ZoneId.of("America/New_York"));
        return new CalendarEvent(
                "primary",
                "evt-1",
                "uid-1",
                null,
                null,
                TITLE,
                "Weekly sync. Join: " + DIAL_IN + " or write to " + OTHER_EMAIL,
                LOCATION,
                start,
                start.plusMinutes(MINUTES),
                false,
                MeetingStatus.CONFIRMED,
                ORGANIZER,
                List.of(
                        new Attendee(
                                ORGANIZER, USER_NAME, ResponseStatus.ACCEPTED, false, false, true),
                        new Attendee(
                                OTHER_EMAIL,
                                "Sam Roy",
                                ResponseStatus.ACCEPTED,
                                false,
                                false,
                                false),
                        new Attendee(
                                "ana@example.com",
                                "Ana Diaz",
                                ResponseStatus.DECLINED,
                                false,
                                false,
                                false),
                        new Attendee(
                                "nameless@example.com",
                                null,
                                ResponseStatus.ACCEPTED,
                                true,
                                false,
                                false),
                        new Attendee(
                                "room4@example.com",
                                "Room 4",
                                ResponseStatus.ACCEPTED,
                                false,
                                true,
                                false)),
                null);
    }

    public static MaterialsRequest request() {
        ContextSection budget =
                new ContextSection(
                        ContextKind.BUDGET,
                        "1 line over plan",
                        List.of(
                                new ContextItem(
                                        "Cloud spend",
                                        "EC2 usage spiked in November.",
                                        "over by 12%",
                                        Map.of("planned", "$380K", "actual", "$425.6K"))));
        return new MaterialsRequest(
                meeting(),
                "leadership_meeting",
                List.of(
                        "What are your top 3 priorities for this meeting?",
                        "Any incidents or reliability concerns?",
                        "Budget variances to address?"),
                new ContextBundle(
                        List.of(budget),
                        List.of(new ContextGap(ContextKind.INCIDENTS, "source timed out"))),
                new PrepAnswers(
                        List.of(
                                PrepAnswer.answered(
                                        "What are your top 3 priorities for this meeting?",
                                        PRIORITY_ANSWER),
                                PrepAnswer.answered(
                                        "Any incidents or reliability concerns?", CONCERN_ANSWER),
                                PrepAnswer.skipped("Budget variances to address?")),
                        PrepOutcome.COMPLETED),
                List.of(ContextKind.BUDGET, ContextKind.INCIDENTS));
    }

    /** A chat completions reply whose message content is the given text. */
    public static String chatReply(String content) {
        return "{\"id\":\"c1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,"
                + "\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\",\"content\":"
                + com.fasterxml.jackson.databind.node.TextNode.valueOf(content)
                + "}}]}";
    }

    /** Parses an agenda as XML: fails on any markup that escaping let through. */
    public static Document xhtml(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
