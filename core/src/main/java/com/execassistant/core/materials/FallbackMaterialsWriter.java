package com.execassistant.core.materials;

import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries a primary writer (an LLM) and, when it fails in any way, writes the materials with the
 * template writer instead, so a meeting always gets its materials. The replacement is recorded: the
 * writer reads {@code template (fallback from openai:llama3.1)}, and a notice tells the user why in
 * a plain sentence ("The AI writer timed out after 10 s. These materials were made by the template
 * writer."). The generation time covers the failed attempt too, since the user waited for both.
 */
public final class FallbackMaterialsWriter implements MaterialsWriter {

    static final String MADE_BY_TEMPLATE = "These materials were made by the template writer.";

    private static final Logger LOG = LoggerFactory.getLogger(FallbackMaterialsWriter.class);

    private final MaterialsWriter primary;
    private final TemplateMaterialsWriter template;

    public FallbackMaterialsWriter(MaterialsWriter primary, TemplateMaterialsWriter template) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.template = Objects.requireNonNull(template, "template");
    }

    /** The primary's name: the writer the user chose. */
    @Override
    public String name() {
        return primary.name();
    }

    /** Never fails for a valid request: the template writer has no failure mode. */
    @Override
    public Materials write(MaterialsRequest request) {
        Objects.requireNonNull(request, "request");
        long started = System.nanoTime();
        String why;
        try {
            return primary.write(request);
        } catch (MaterialsException e) {
            LOG.warn(
                    "Materials writer {} failed ({}): {}; using the template writer",
                    primary.name(),
                    e.reason(),
                    e.getMessage());
            why = e.getMessage() == null ? "The AI writer failed." : e.getMessage();
        } catch (RuntimeException e) {
            // A bug in a writer must not cost the user their materials; the trace is for us.
            LOG.warn(
                    "Materials writer {} failed unexpectedly; using the template writer",
                    primary.name(),
                    e);
            why = "The AI writer failed unexpectedly.";
        }
        Materials m = template.write(request);
        return new Materials(
                        m.agendaHtml(),
                        m.questionsMarkdown(),
                        m.notesMarkdown(),
                        TemplateMaterialsWriter.NAME + " (fallback from " + primary.name() + ")",
                        m.generatedAt(),
                        Duration.ofNanos(System.nanoTime() - started),
                        m.notices())
                .withNotice(why + " " + MADE_BY_TEMPLATE);
    }
}
