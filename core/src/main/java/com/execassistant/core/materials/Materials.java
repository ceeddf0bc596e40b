package com.execassistant.core.materials;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The prep materials for one meeting, and how they came to be.
 *
 * @param agendaHtml the agenda, a complete XHTML-compatible HTML document
 * @param questionsMarkdown the question bank
 * @param notesMarkdown the notes template, pre-filled with context
 * @param writer the name of the writer that made them ({@code template}, {@code bedrock}, ...)
 * @param generatedAt when they were made
 * @param generationTime how long the writer took
 * @param notices plain sentences the user should know about the materials: context that was not
 *     available, prep answers that were not given, a writer that failed and was replaced
 */
public record Materials(
        String agendaHtml,
        String questionsMarkdown,
        String notesMarkdown,
        String writer,
        Instant generatedAt,
        Duration generationTime,
        List<String> notices) {

    public Materials {
        Objects.requireNonNull(agendaHtml, "agendaHtml");
        Objects.requireNonNull(questionsMarkdown, "questionsMarkdown");
        Objects.requireNonNull(notesMarkdown, "notesMarkdown");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(generationTime, "generationTime");
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    /** The same materials with one more notice, e.g. "The LLM writer timed out; ...". */
    public Materials withNotice(String notice) {
        List<String> more = new ArrayList<>(notices);
        more.add(notice);
        return new Materials(
                agendaHtml,
                questionsMarkdown,
                notesMarkdown,
                writer,
                generatedAt,
                generationTime,
                more);
    }
}
