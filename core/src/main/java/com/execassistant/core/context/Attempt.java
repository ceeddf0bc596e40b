package com.execassistant.core.context;

import com.execassistant.core.context.SourceFigure.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What one source's run gave: a section, or the reason for a gap. */
record Attempt(ContextSection section, String gapReason, Outcome outcome, long nanos) {

    static final String UNEXPECTED = "failed unexpectedly; the log has the details";

    private static final Logger log = LoggerFactory.getLogger(Attempt.class);

    static Attempt run(ContextSource source, ContextQuery query) {
        long begin = System.nanoTime();
        try {
            ContextSection section = source.fetch(query);
            long took = System.nanoTime() - begin;
            if (section == null) {
                return failed("gave no data", took);
            }
            if (section.kind() != source.kind()) {
                return failed(
                        "gave " + section.kind().key() + " data instead of " + source.kind().key(),
                        took);
            }
            return new Attempt(section, null, Outcome.PRESENT, took);
        } catch (ContextSourceException e) {
            return failed(e.getMessage(), System.nanoTime() - begin);
        } catch (RuntimeException e) {
            if (stoppedByInterrupt(e)) {
                // Cancelled after its time ran out: the gap is already recorded as a time-out.
                log.debug("The {} context source stopped when cancelled", source.kind().key());
            } else {
                // A bug or an unforeseen failure in an adapter: the user gets a plain gap, the
                // log keeps the detail for whoever fixes it.
                log.warn("The {} context source failed", source.kind().key(), e);
            }
            return failed(UNEXPECTED, System.nanoTime() - begin);
        }
    }

    private static boolean stoppedByInterrupt(Throwable e) {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    static Attempt failed(String reason, long nanos) {
        String plain = reason == null || reason.isBlank() ? UNEXPECTED : reason;
        return new Attempt(null, plain, Outcome.FAILED, nanos);
    }

    static Attempt notConfigured(ContextKind kind) {
        return new Attempt(
                null, "no " + kind.key() + " source is set up", Outcome.NOT_CONFIGURED, 0);
    }
}
