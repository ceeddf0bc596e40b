package com.execassistant.core.context;

import java.time.Duration;
import java.util.Objects;

/**
 * How one source fared in a gathering, for the run's figures and for tuning time limits.
 *
 * @param took how long the source ran; for a source that timed out, the time waited for it; zero
 *     for a kind with no source set up
 */
public record SourceFigure(ContextKind kind, Outcome outcome, Duration took) {

    /** What became of a source that was asked for. */
    public enum Outcome {
        /** Gave a section. */
        PRESENT,
        /** Threw, or gave something unusable: recorded as a gap. */
        FAILED,
        /** Ran past its time limit: recorded as a gap. */
        TIMED_OUT,
        /** The meeting type asks for this kind but no source for it is set up. */
        NOT_CONFIGURED
    }

    public SourceFigure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(took, "took");
    }
}
