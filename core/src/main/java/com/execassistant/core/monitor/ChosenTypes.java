package com.execassistant.core.monitor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One account's type choices, indexed for the diff: a meeting's own choice beats its series'. */
final class ChosenTypes {

    private final Map<String, TypeOverride> meetings = new HashMap<>();
    private final Map<String, TypeOverride> series = new HashMap<>();

    ChosenTypes(List<TypeOverride> overrides) {
        for (TypeOverride o : overrides) {
            (o.scope() == TypeOverride.Scope.MEETING ? meetings : series).put(o.targetId(), o);
        }
    }

    Optional<TypeOverride> find(String meetingId, String seriesId) {
        TypeOverride own = meetings.get(meetingId);
        if (own != null || seriesId == null) {
            return Optional.ofNullable(own);
        }
        return Optional.ofNullable(series.get(seriesId));
    }
}
