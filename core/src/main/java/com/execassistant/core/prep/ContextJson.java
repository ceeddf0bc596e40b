package com.execassistant.core.prep;

import com.execassistant.core.context.ContextBundle;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The gathered context as stored with the run. */
public final class ContextJson {

    private static final ObjectMapper JSON =
            new ObjectMapper()
                    .configure(
                            com.fasterxml.jackson.databind.DeserializationFeature
                                    .FAIL_ON_UNKNOWN_PROPERTIES,
                            false);

    /**
     * Recently written and read contexts. Meetings prepared together mostly share their context
     * (the same files, the same day), so a burst converts each distinct context once instead of
     * once per run and step. Bundles are immutable records, so sharing them is safe.
     */
    private static final int KEPT = 64;

    // By identity: a burst shares one bundle object between the meetings whose sources answered
    // alike, and comparing identities is cheaper than hashing a bundle.
    private static final java.util.Map<ContextBundle, String> WRITTEN =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private static final java.util.Map<String, ContextBundle> READ =
            new java.util.concurrent.ConcurrentHashMap<>();

    private ContextJson() {}

    public static String write(ContextBundle bundle) {
        String known = WRITTEN.get(bundle);
        if (known != null) {
            return known;
        }
        String json = serialize(bundle);
        keep(WRITTEN, bundle, json);
        return json;
    }

    public static ContextBundle read(String json) {
        if (json == null) {
            return ContextBundle.empty();
        }
        ContextBundle known = READ.get(json);
        if (known != null) {
            return known;
        }
        ContextBundle bundle = parse(json);
        keep(READ, json, bundle);
        return bundle;
    }

    private static <K, V> void keep(java.util.Map<K, V> cache, K key, V value) {
        if (cache.size() >= KEPT) {
            cache.clear(); // rare: a burst of many distinct contexts; start again
        }
        cache.put(key, value);
    }

    private static String serialize(ContextBundle bundle) {
        try {
            return JSON.writeValueAsString(bundle);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the gathered context", e);
        }
    }

    private static ContextBundle parse(String json) {
        try {
            return JSON.readValue(json, ContextBundle.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "the stored context cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
