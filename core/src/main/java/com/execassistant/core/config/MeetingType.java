package com.execassistant.core.config;

import com.execassistant.core.context.ContextKind;
import java.util.List;
import java.util.Objects;

/**
 * One meeting type from meeting_types.yaml: how to recognise it and how to prepare for it.
 *
 * @param name the type's key in the file, e.g. {@code one_on_one}
 * @param keywords words or phrases as written in the file; matched whole-word, ignoring case and
 *     punctuation (see {@link KeywordForm})
 * @param attendees how many people the meeting must have
 * @param prepHoursBefore how long before the start prep begins
 * @param prepQuestions the 3 to 5 questions the prep chat asks
 * @param contextRequired the background gathered before the chat, in file order
 * @param reminderHoursBefore how long before the start the final reminder goes out
 */
public record MeetingType(
        String name,
        List<String> keywords,
        AttendeeBounds attendees,
        int prepHoursBefore,
        List<String> prepQuestions,
        List<ContextKind> contextRequired,
        int reminderHoursBefore) {

    /** The name of the type every meeting falls back to. */
    public static final String DEFAULT = "default";

    public MeetingType {
        Objects.requireNonNull(name, "name");
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(attendees, "attendees");
        prepQuestions = List.copyOf(prepQuestions);
        contextRequired = List.copyOf(contextRequired);
    }

    public boolean isDefault() {
        return DEFAULT.equals(name);
    }
}
