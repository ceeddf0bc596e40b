package com.execassistant.core.materials;

import com.execassistant.core.context.ContextKind;

/** Agenda headings for context sources, as the seed's example agenda names them. */
final class SectionTitles {

    private SectionTitles() {}

    static String of(ContextKind kind) {
        return switch (kind) {
            case BUDGET -> "Budget review";
            case BIG_ROCKS -> "Big rocks update";
            case INCIDENTS -> "Incidents";
            case STAFFING -> "Staffing";
            case DECISIONS -> "Pending decisions";
        };
    }
}
