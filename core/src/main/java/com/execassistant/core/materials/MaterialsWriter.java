package com.execassistant.core.materials;

/**
 * Port: turns a meeting, its type, its context and the prep answers into an agenda, a question bank
 * and a notes template.
 *
 * <p>A writer is given only the {@link MaterialsRequest}; it must not look up anything else about
 * the user. Implementations: {@link TemplateMaterialsWriter} (deterministic, offline, always
 * available, the fallback) and LLM writers. A writer records its own name and how long it took in
 * the {@link Materials} it returns, and names missing context and missing prep answers in the
 * materials themselves and in {@link Materials#notices()}.
 */
public interface MaterialsWriter {

    /** The name recorded in {@link Materials#writer()}. */
    String name();

    /**
     * Writes the materials for one meeting.
     *
     * @throws MaterialsException when this writer cannot produce valid materials (unreachable, too
     *     slow, invalid output); the caller falls back to the template writer
     */
    Materials write(MaterialsRequest request) throws MaterialsException;
}
