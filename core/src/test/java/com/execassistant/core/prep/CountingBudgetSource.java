package com.execassistant.core.prep;

import com.execassistant.core.context.ContextItem;
import com.execassistant.core.context.ContextKind;
import com.execassistant.core.context.ContextQuery;
import com.execassistant.core.context.ContextSection;
import com.execassistant.core.context.ContextSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A budget context source that always has the same news, and counts how often it was asked. */
final class CountingBudgetSource implements ContextSource {

    static final String SUMMARY = "Cloud spend is 12% over plan";

    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public ContextKind kind() {
        return ContextKind.BUDGET;
    }

    @Override
    public ContextSection fetch(ContextQuery query) {
        calls.incrementAndGet();
        return new ContextSection(
                ContextKind.BUDGET,
                SUMMARY,
                List.of(
                        new ContextItem(
                                "Cloud spend",
                                null,
                                "over by 12%",
                                Map.of("planned", "100000", "actual", "112000"))));
    }

    int calls() {
        return calls.get();
    }
}
