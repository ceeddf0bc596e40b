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

    /**
     * What of a query this source's answer depends on: queries with equal keys get the same answer
     * at the same moment, so a batch of meetings gathered together asks once per key. The default,
     * the query itself, asks once per meeting; a source whose data does not depend on the meeting
     * (a budget file) says so and is asked once per batch.
     */
    default Object sameAnswerKey(ContextQuery query) {
        return query;
    }
}
