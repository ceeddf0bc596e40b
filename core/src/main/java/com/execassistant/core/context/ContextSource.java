package com.execassistant.core.context;

/**
 * Port: one kind of organisational context (budget, big rocks, incidents, staffing, decisions) for
 * a meeting.
 *
 * <p>Implementations may be slow or fail; the {@link ContextGatherer} runs them in parallel under a
 * time limit and turns any failure into a {@link ContextGap}, so an adapter need not guard against
 * its own slowness. An adapter should stop promptly when its thread is interrupted (the gatherer
 * interrupts a source that ran out of time).
 */
public interface ContextSource {

    /** The one kind of context this source provides. */
    ContextKind kind();

    /**
     * Fetches this source's context for a meeting.
     *
     * @return the section for {@link #kind()}; an empty item list means "nothing to report" (for
     *     example no open incidents), which is news, not a gap
     * @throws ContextSourceException when the source has no usable data; its message is a plain
     *     sentence that becomes the gap's reason
     */
    ContextSection fetch(ContextQuery query) throws ContextSourceException;
}
