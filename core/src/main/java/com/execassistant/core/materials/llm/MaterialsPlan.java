package com.execassistant.core.materials.llm;

import com.execassistant.core.materials.AgendaSection;
import com.execassistant.core.materials.Materials;
import com.execassistant.core.materials.MaterialsFrame;
import com.execassistant.core.materials.MaterialsRequest;
import com.execassistant.core.materials.QuestionGroup;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A model's plan for a meeting's materials after {@link PlanParser} has checked it: plain text
 * only, the sections' minutes adding up to the planned length.
 *
 * @param sections the agenda, ids {@code section-1}, {@code section-2}, ...
 * @param questionGroups the question bank
 * @param notes extra points for the notes template, possibly none
 */
public record MaterialsPlan(
        List<AgendaSection> sections, List<QuestionGroup> questionGroups, List<String> notes) {

    public MaterialsPlan {
        sections = List.copyOf(sections);
        questionGroups = List.copyOf(questionGroups);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** Renders the plan with the shared renderers, in the frame of the request's meeting. */
    public Materials render(
            MaterialsRequest request, String writer, Instant generatedAt, Duration took) {
        return MaterialsFrame.of(request)
                .render(sections, questionGroups, notes, writer, generatedAt, took);
    }
}
