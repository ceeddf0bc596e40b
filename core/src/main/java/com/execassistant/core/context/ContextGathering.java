package com.execassistant.core.context;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of gathering context for one meeting: the bundle to store with the run, and how each
 * source fared.
 *
 * @param bundle a section or a gap for every kind asked for, each list in {@link ContextKind} order
 * @param figures one entry per kind asked for, in {@link ContextKind} order
 * @param took wall-clock time of the whole gathering
 */
public record ContextGathering(ContextBundle bundle, List<SourceFigure> figures, Duration took) {

    public ContextGathering {
        Objects.requireNonNull(bundle, "bundle");
        figures = List.copyOf(figures);
        Objects.requireNonNull(took, "took");
    }

    public Optional<SourceFigure> figure(ContextKind kind) {
        return figures.stream().filter(f -> f.kind() == kind).findFirst();
    }
}
