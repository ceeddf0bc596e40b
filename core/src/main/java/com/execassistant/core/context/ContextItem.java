package com.execassistant.core.context;

import java.util.Map;

/**
 * One fact from a context source: a budget line, a big rock, an incident, a staffing change, a
 * decision waiting to be made.
 *
 * @param title short name ("Cloud spend", "SEV-1 checkout outage")
 * @param detail one or two sentences, or null
 * @param status a source-specific state ("over by 12%", "at risk", "open", "due 2026-03-04"), or
 *     null
 * @param attributes further named values, in a stable order (planned, actual, owner, ...)
 */
public record ContextItem(
        String title, String detail, String status, Map<String, String> attributes) {

    public ContextItem {
        attributes =
                attributes == null
                        ? Map.of()
                        : java.util.Collections.unmodifiableMap(
                                new java.util.LinkedHashMap<>(attributes));
    }
}
