package com.execassistant.core.materials;

import com.execassistant.core.context.ContextGap;
import com.execassistant.core.context.ContextKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The context sources a meeting wanted but did not get: every recorded gap, plus any required
 * source that returned neither a section nor a gap.
 */
final class MissingContext {

    static final String NO_DATA = "no data was returned";

    private MissingContext() {}

    static List<ContextGap> of(MaterialsRequest request) {
        Map<ContextKind, String> missing = new LinkedHashMap<>();
        for (ContextKind kind : request.requiredContext()) {
            if (request.context().section(kind).isEmpty()) {
                missing.put(kind, reason(request, kind));
            }
        }
        for (ContextGap gap : request.context().gaps()) {
            if (request.context().section(gap.kind()).isEmpty()) {
                missing.putIfAbsent(gap.kind(), reason(request, gap.kind()));
            }
        }
        List<ContextGap> gaps = new ArrayList<>();
        missing.forEach((kind, reason) -> gaps.add(new ContextGap(kind, reason)));
        return gaps;
    }

    /** "Not available: Budget - source timed out". */
    static String sentence(ContextGap gap) {
        return "Not available: " + gap.kind().title() + " - " + gap.reason();
    }

    private static String reason(MaterialsRequest request, ContextKind kind) {
        return request.context().gaps().stream()
                .filter(g -> g.kind() == kind && g.reason() != null && !g.reason().isBlank())
                .map(g -> g.reason().strip())
                .findFirst()
                .orElse(NO_DATA);
    }
}
