package com.execassistant.core.config;

import java.util.List;
import java.util.Optional;

/**
 * The meeting types of meeting_types.yaml in precedence order: the order of the file, where the
 * first type that matches a meeting wins, and {@code default} takes what no other type matches
 * wherever it stands in the file.
 *
 * @param types every type including {@code default}, in file order
 */
public record MeetingTypes(List<MeetingType> types) {

    public MeetingTypes {
        types = List.copyOf(types);
        if (types.stream().filter(MeetingType::isDefault).count() != 1) {
            throw new IllegalArgumentException("exactly one type must be named default");
        }
        if (types.stream().map(MeetingType::name).distinct().count() != types.size()) {
            throw new IllegalArgumentException("meeting type names must be unique");
        }
    }

    /** The types a meeting can match by rule, in precedence order ({@code default} left out). */
    public List<MeetingType> rules() {
        return types.stream().filter(t -> !t.isDefault()).toList();
    }

    /** The type for meetings no rule matches. */
    public MeetingType fallback() {
        return types.stream().filter(MeetingType::isDefault).findFirst().orElseThrow();
    }

    public Optional<MeetingType> byName(String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
