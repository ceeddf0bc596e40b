package com.execassistant.core.config.internal;

import com.execassistant.core.config.internal.YamlNode.Entry;
import com.execassistant.core.config.internal.YamlNode.MapNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lays a user's settings over the defaults key by key. Maps merge; any other value (a number, a
 * list) replaces the default whole. Every node keeps the file it came from, so an error in the
 * result still names the right file and line.
 */
public final class TreeMerge {

    private TreeMerge() {}

    public static MapNode merge(MapNode base, MapNode override) {
        Map<String, Entry> merged = new LinkedHashMap<>(base.entries());
        for (Entry over : override.entries().values()) {
            Entry under = merged.get(over.key());
            if (under != null
                    && under.value() instanceof MapNode underMap
                    && over.value() instanceof MapNode overMap) {
                merged.put(
                        over.key(),
                        new Entry(over.key(), over.keyLocation(), merge(underMap, overMap)));
            } else {
                merged.put(over.key(), over);
            }
        }
        return new MapNode(base.location(), merged);
    }
}
