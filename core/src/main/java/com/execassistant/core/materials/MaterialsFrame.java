package com.execassistant.core.materials;

import com.execassistant.core.context.ContextGap;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What every writer's materials share for one request, whoever plans their content: the heading,
 * the time line, the type's label, the planned length and the notices about missing answers and
 * context. A writer that plans its own sections and questions (an LLM writer) puts them in this
 * frame, so its materials look like the template's and say the same things about what is missing.
 */
public final class MaterialsFrame {

    private final MaterialsRequest request;
    private final PlannedLength length;

    private MaterialsFrame(MaterialsRequest request) {
        this.request = request;
        this.length = PlannedLength.of(request.meeting());
    }

    public static MaterialsFrame of(MaterialsRequest request) {
        return new MaterialsFrame(Objects.requireNonNull(request, "request"));
    }

    /** The meeting's title, or "Untitled meeting". */
    public String title() {
        return AgendaPlanner.title(request);
    }

    /** "Thursday, December 20, 2025, 10:00 AM - 11:30 AM EST", in the display zone. */
    public String when() {
        return MeetingTimes.when(request.meeting(), request.displayZone());
    }

    /** The meeting type for people ("Leadership meeting"). */
    public String typeLabel() {
        return MeetingTypeProfile.of(request.meetingType()).label();
    }

    /** The minutes the agenda must add up to; a default for all-day or lengthless events. */
    public int minutes() {
        return length.minutes();
    }

    /**
     * Sentences for the agenda and {@link Materials#notices()}: answers, missing context, length.
     */
    public List<String> notices() {
        return AgendaPlanner.notices(request, length);
    }

    /** The context sources the meeting wanted but did not get, with the reason for each. */
    public List<ContextGap> missingContext() {
        return MissingContext.of(request);
    }

    /**
     * An agenda of the given sections in this frame.
     *
     * @throws IllegalArgumentException when the sections' minutes do not add up to {@link
     *     #minutes()}
     */
    public Agenda agenda(List<AgendaSection> sections) {
        ZonedDateTime start =
                length.clockTimed()
                        ? MeetingTimes.start(request.meeting(), request.displayZone())
                        : null;
        return new Agenda(
                title() + " - " + MeetingTimes.date(request.meeting(), request.displayZone()),
                when(),
                typeLabel(),
                start,
                length.minutes(),
                notices(),
                sections);
    }

    /**
     * A question bank of the given groups in this frame, with the same notices as the template's.
     */
    public QuestionBank questionBank(List<QuestionGroup> groups) {
        List<String> notices = new ArrayList<>();
        AnswerNotice.of(request.answers(), request.prepQuestions().size()).ifPresent(notices::add);
        missingContext().stream().map(MissingContext::sentence).forEach(notices::add);
        return new QuestionBank(title(), typeLabel() + ", " + when(), notices, groups);
    }

    /**
     * Renders planned content as materials, with the shared renderers, so every piece of text is
     * escaped whoever wrote it.
     *
     * @param suggestions extra points for the notes template; may be empty
     */
    public Materials render(
            List<AgendaSection> sections,
            List<QuestionGroup> groups,
            List<String> suggestions,
            String writer,
            Instant generatedAt,
            Duration generationTime) {
        Agenda agenda = agenda(sections);
        return new Materials(
                AgendaRenderer.render(agenda),
                QuestionBankRenderer.render(questionBank(groups)),
                NotesRenderer.render(request, agenda, suggestions),
                writer,
                generatedAt,
                generationTime,
                agenda.notices());
    }
}
