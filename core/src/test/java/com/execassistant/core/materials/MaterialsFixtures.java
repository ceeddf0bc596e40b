package com.execassistant.core.materials;

import com.execassistant.core.context.ContextBundle;
import com.execassistant.core.context.ContextGap;
import com.execassistant.core.context.ContextItem;
import com.execassistant.core.context.ContextKind;
import com.execassistant.core.context.ContextSection;
import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.MeetingStatus;
import com.execassistant.core.meeting.ResponseStatus;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Meetings, context and answers for materials tests. */
final class MaterialsFixtures {

    static final List<String> TYPES =
            List.of(
                    "leadership_meeting",
                    "one_on_one",
                    "qbr",
                    "staff_meeting",
                    "incident_review",
                    "default");

    static final String PRIORITY_QUESTION = "What are your top 3 priorities for this meeting?";
    static final List<String> QUESTIONS =
            List.of(
                    PRIORITY_QUESTION,
                    "Any incidents or reliability concerns from this week?",
                    "Budget variances to address?",
                    "Staffing updates or concerns?",
                    "Decisions needed from the group?");

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private MaterialsFixtures() {}

    static CalendarEvent meeting(String title, int minutes) {
        ZonedDateTime start = ZonedDateTime.of(2025, 12, 20, 10, 0, 0, 0, NEW_YORK);
        return new CalendarEvent(
                "primary",
                "evt-1",
                "uid-1",
                null,
                null,
                title,
                "Weekly sync",
                "Room 4",
                start,
                start.plusMinutes(minutes),
                false,
                MeetingStatus.CONFIRMED,
                "ceo@example.com",
                List.of(
                        new Attendee(
                                "ceo@example.com",
                                "Dana Lee",
                                ResponseStatus.ACCEPTED,
                                false,
                                false,
                                true),
                        new Attendee(
                                "cfo@example.com",
                                "Sam Roy",
                                ResponseStatus.ACCEPTED,
                                false,
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

    static CalendarEvent allDay(String title) {
        ZonedDateTime start = ZonedDateTime.of(2025, 12, 20, 0, 0, 0, 0, NEW_YORK);
        return new CalendarEvent(
                "primary",
                "evt-2",
                "uid-2",
                null,
                null,
                title,
                null,
                null,
                start,
                start.plusDays(1),
                true,
                MeetingStatus.CONFIRMED,
                null,
                List.of(),
                null);
    }

    static ContextSection budget() {
        return new ContextSection(
                ContextKind.BUDGET,
                "1 line over plan, 1 on plan",
                List.of(
                        new ContextItem(
                                "Cloud spend",
                                "EC2 usage spiked in November.",
                                "over by 12%",
                                Map.of("planned", "$380K", "actual", "$425.6K")),
                        new ContextItem(
                                "Travel",
                                null,
                                "on plan",
                                Map.of("planned", "$50K", "actual", "$50K"))));
    }

    static ContextSection bigRocks() {
        return new ContextSection(
                ContextKind.BIG_ROCKS,
                "1 of 2 at risk",
                List.of(
                        new ContextItem(
                                "Checkout rewrite", null, "at risk", Map.of("owner", "Ana")),
                        new ContextItem("EU region launch", null, "on track", Map.of())));
    }

    static ContextSection incidents() {
        return new ContextSection(
                ContextKind.INCIDENTS,
                "1 SEV-1 this week",
                List.of(
                        new ContextItem(
                                "SEV-1 checkout outage",
                                "45 minutes of failed payments.",
                                "resolved",
                                Map.of("severity", "1"))));
    }

    static ContextSection staffing() {
        return new ContextSection(
                ContextKind.STAFFING,
                "1 open req",
                List.of(
                        new ContextItem(
                                "Staff SRE", null, "open req", Map.of("team", "Platform"))));
    }

    static ContextSection decisions() {
        return new ContextSection(
                ContextKind.DECISIONS,
                "2 decisions pending",
                List.of(
                        new ContextItem(
                                "Kafka vendor",
                                "Confluent or self-hosted.",
                                "pending",
                                Map.of("owner", "CTO", "due", "2026-01-05")),
                        new ContextItem("Office move", null, "pending", Map.of())));
    }

    static ContextBundle fullContext() {
        return new ContextBundle(
                List.of(budget(), bigRocks(), incidents(), staffing(), decisions()), List.of());
    }

    static PrepAnswers answers(String priorities) {
        return new PrepAnswers(
                List.of(
                        PrepAnswer.answered(PRIORITY_QUESTION, priorities),
                        PrepAnswer.answered(QUESTIONS.get(1), "Checkout outage follow-ups"),
                        PrepAnswer.skipped(QUESTIONS.get(2)),
                        PrepAnswer.answered(QUESTIONS.get(3), "none"),
                        PrepAnswer.answered(QUESTIONS.get(4), "Kafka vendor")),
                PrepOutcome.COMPLETED);
    }

    static MaterialsRequest request(
            String type, CalendarEvent meeting, ContextBundle context, PrepAnswers answers) {
        return new MaterialsRequest(
                meeting, type, QUESTIONS, context, answers, Arrays.asList(ContextKind.values()));
    }

    static MaterialsRequest full(String type, int minutes) {
        return request(
                type,
                meeting("Leadership Team Meeting", minutes),
                fullContext(),
                answers("1. Close the Q4 budget 2. Hire a VP Engineering 3. Decide on Kafka"));
    }

    /** Full context minus the given sources, which are recorded as gaps. */
    static ContextBundle without(String reason, ContextKind... missing) {
        List<ContextSection> sections = new ArrayList<>(fullContext().sections());
        sections.removeIf(s -> Arrays.asList(missing).contains(s.kind()));
        List<ContextGap> gaps = Arrays.stream(missing).map(k -> new ContextGap(k, reason)).toList();
        return new ContextBundle(sections, gaps);
    }
}
