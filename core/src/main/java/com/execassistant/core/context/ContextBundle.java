package com.execassistant.core.context;

import java.util.List;
import java.util.Optional;

/** The context gathered for one meeting: a section or a gap per source asked for. */
public record ContextBundle(List<ContextSection> sections, List<ContextGap> gaps) {

    public ContextBundle {
        sections = List.copyOf(sections);
        gaps = List.copyOf(gaps);
    }

    public static ContextBundle empty() {
        return new ContextBundle(List.of(), List.of());
    }

    public Optional<ContextSection> section(ContextKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }
}
