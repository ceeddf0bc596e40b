package com.execassistant.core.context;

import java.util.List;

/**
 * What one source contributed.
 *
 * @param summary one sentence a busy reader gets the point from ("2 lines over budget, 1 under")
 */
public record ContextSection(ContextKind kind, String summary, List<ContextItem> items) {

    public ContextSection {
        items = List.copyOf(items);
    }
}
