package com.execassistant.core.materials;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The deterministic materials writer: no network, no model, the same output for the same request.
 * Always available, so it is the fallback for every other writer.
 *
 * <p>The agenda puts the user's stated priorities first, gives a timed section to each context
 * source present and each pending decision, ends with a wrap-up, and its minutes add up to the
 * meeting's length. The question bank suits the meeting type and the context. The notes template is
 * pre-filled with the context and has an action-item table. Missing context and missing prep
 * answers are said plainly in all three and in {@link Materials#notices()}.
 */
public final class TemplateMaterialsWriter implements MaterialsWriter {

    public static final String NAME = "template";

    private final Clock clock;

    public TemplateMaterialsWriter() {
        this(Clock.systemUTC());
    }

    /**
     * @param clock gives {@link Materials#generatedAt()}
     */
    public TemplateMaterialsWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Never fails for a valid request, so it declares no checked exception. */
    @Override
    public Materials write(MaterialsRequest request) {
        Objects.requireNonNull(request, "request");
        long started = System.nanoTime();
        Agenda agenda = AgendaPlanner.plan(request);
        String agendaHtml = AgendaRenderer.render(agenda);
        String questions = QuestionBankRenderer.render(QuestionBankBuilder.build(request));
        String notes = NotesRenderer.render(request, agenda);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        List<String> notices = new ArrayList<>(agenda.notices());
        return new Materials(agendaHtml, questions, notes, NAME, clock.instant(), took, notices);
    }
}
