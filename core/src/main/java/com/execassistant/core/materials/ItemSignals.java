package com.execassistant.core.materials;

import com.execassistant.core.context.ContextItem;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads what a context item is about from its words: sources describe state in free text ("at
 * risk", "open req", "resolved"), so the template writer matches keywords rather than codes.
 */
final class ItemSignals {

    private static final Pattern AT_RISK =
            Pattern.compile(
                    "at risk|off track|behind|delayed|slipp|\\bred\\b|\\bamber\\b|\\byellow\\b|blocked");
    private static final Pattern BLOCKED = Pattern.compile("blocked|stuck|waiting on");
    private static final Pattern UNRESOLVED =
            Pattern.compile("\\bopen\\b|ongoing|investigating|active|mitigating|unresolved");
    private static final Pattern OPEN_ROLE =
            Pattern.compile("\\bopen\\b|\\breq\\b|requisition|hiring|vacan|unfilled|to hire");
    private static final Pattern DEPARTURE =
            Pattern.compile("attrition|leaving|resign|depart|notice|\\bleft\\b|backfill");

    private ItemSignals() {}

    static boolean atRisk(ContextItem item) {
        return AT_RISK.matcher(status(item)).find();
    }

    static boolean blocked(ContextItem item) {
        return BLOCKED.matcher(status(item)).find();
    }

    static boolean unresolved(ContextItem item) {
        return UNRESOLVED.matcher(status(item)).find();
    }

    static boolean openRole(ContextItem item) {
        return OPEN_ROLE.matcher(words(item)).find();
    }

    static boolean departure(ContextItem item) {
        return DEPARTURE.matcher(words(item)).find();
    }

    /** A named attribute, matched without regard to case, or null. */
    static String attribute(ContextItem item, String... keys) {
        for (Map.Entry<String, String> e : item.attributes().entrySet()) {
            for (String key : keys) {
                if (e.getKey().equalsIgnoreCase(key)
                        && e.getValue() != null
                        && !e.getValue().isBlank()) {
                    return e.getValue().strip();
                }
            }
        }
        return null;
    }

    private static String status(ContextItem item) {
        return item.status() == null ? "" : item.status().toLowerCase(Locale.ROOT);
    }

    private static String words(ContextItem item) {
        return (ContextLines.title(item) + " " + status(item) + " " + item.attributes().values())
                .toLowerCase(Locale.ROOT);
    }
}
