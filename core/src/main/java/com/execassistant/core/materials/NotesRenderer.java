package com.execassistant.core.materials;

import com.execassistant.core.context.ContextGap;
import com.execassistant.core.context.ContextSection;
import com.execassistant.core.meeting.Attendee;
import com.execassistant.core.meeting.ResponseStatus;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders the notes template as Markdown: who and when, the priorities and prep answers, the
 * context pre-filled, a heading per agenda section to take notes under, decisions made and an
 * action-item table. All text from the calendar, the answers and the context is escaped.
 */
public final class NotesRenderer {

    static final String ACTION_TABLE = "| Action | Owner | Due |\n| --- | --- | --- |\n";
    private static final int EMPTY_ACTION_ROWS = 3;

    private NotesRenderer() {}

    public static String render(MaterialsRequest request, Agenda agenda) {
        return render(request, agenda, List.of());
    }

    /**
     * The notes template with a writer's own suggestions (an LLM's "also worth raising" points)
     * after the context; an empty list leaves the section out.
     */
    public static String render(MaterialsRequest request, Agenda agenda, List<String> suggestions) {
        StringBuilder md = new StringBuilder(4096);
        md.append("# Notes: ").append(Markdown.text(AgendaPlanner.title(request))).append("\n\n");
        md.append("**When:** ").append(Markdown.text(agenda.timeLine())).append("  \n");
        md.append("**Type:** ").append(Markdown.text(agenda.typeLabel())).append("  \n");
        if (request.meeting().organizer() != null) {
            md.append("**Organizer:** ")
                    .append(Markdown.text(request.meeting().organizer()))
                    .append("  \n");
        }
        md.append("**Attendees:** ")
                .append(attendees(request.meeting().attendees()))
                .append("\n\n");
        for (String notice : agenda.notices()) {
            md.append("> ").append(Markdown.text(notice)).append("\n\n");
        }
        priorities(md, Priorities.from(request.answers()));
        answers(md, request.answers());
        context(md, request);
        suggestions(md, suggestions);
        md.append("## Notes by agenda section\n\n");
        int n = 1;
        for (AgendaSection section : agenda.sections()) {
            md.append("### ")
                    .append(n++)
                    .append(". ")
                    .append(Markdown.text(section.title()))
                    .append(section.minutes() == 0 ? "" : " (" + section.minutes() + " min)")
                    .append("\n\n- \n\n");
        }
        md.append("## Decisions made\n\n- \n\n");
        md.append("## Action items\n\n").append(ACTION_TABLE);
        md.append("|  |  |  |\n".repeat(EMPTY_ACTION_ROWS));
        return md.toString();
    }

    private static String attendees(List<Attendee> attendees) {
        String people =
                attendees.stream()
                        .filter(a -> !a.resource())
                        .map(NotesRenderer::attendee)
                        .collect(Collectors.joining(", "));
        return people.isEmpty() ? "none listed" : people;
    }

    private static String attendee(Attendee a) {
        String who =
                a.name() == null || a.name().isBlank()
                        ? Markdown.text(a.email())
                        : Markdown.text(a.name()) + " (" + Markdown.text(a.email()) + ")";
        if (a.responseStatus() == ResponseStatus.DECLINED) {
            return who + " - declined";
        }
        return a.optional() ? who + " - optional" : who;
    }

    private static void priorities(StringBuilder md, List<String> priorities) {
        md.append("## Your priorities\n\n");
        if (priorities.isEmpty()) {
            md.append("_None given in prep._\n\n");
            return;
        }
        int n = 1;
        for (String p : priorities) {
            md.append(n++).append(". ").append(Markdown.text(p)).append('\n');
        }
        md.append('\n');
    }

    private static void answers(StringBuilder md, PrepAnswers answers) {
        if (answers.answers().isEmpty()) {
            return;
        }
        md.append("## Prep answers\n\n");
        for (PrepAnswer a : answers.answers()) {
            md.append("- **")
                    .append(Markdown.text(a.question()))
                    .append("** ")
                    .append(a.isAnswered() ? Markdown.text(a.answer()) : "_skipped_")
                    .append('\n');
        }
        md.append('\n');
    }

    private static void suggestions(StringBuilder md, List<String> suggestions) {
        if (suggestions.isEmpty()) {
            return;
        }
        md.append("## Also worth raising\n\n");
        suggestions.forEach(s -> md.append("- ").append(Markdown.text(s)).append('\n'));
        md.append('\n');
    }

    private static void context(StringBuilder md, MaterialsRequest request) {
        List<ContextGap> missing = MissingContext.of(request);
        if (request.context().sections().isEmpty() && missing.isEmpty()) {
            return;
        }
        md.append("## Context\n\n");
        for (ContextSection section : request.context().sections()) {
            md.append("### ").append(SectionTitles.of(section.kind())).append("\n\n");
            if (section.summary() != null && !section.summary().isBlank()) {
                md.append(Markdown.text(section.summary())).append("\n\n");
            }
            section.items()
                    .forEach(
                            i ->
                                    md.append("- ")
                                            .append(Markdown.text(ContextLines.full(i)))
                                            .append('\n'));
            md.append(section.items().isEmpty() ? "" : "\n");
        }
        if (!missing.isEmpty()) {
            md.append("### Not available\n\n");
            missing.forEach(
                    g ->
                            md.append("- ")
                                    .append(g.kind().title())
                                    .append(" - ")
                                    .append(Markdown.text(g.reason()))
                                    .append('\n'));
            md.append('\n');
        }
    }
}
