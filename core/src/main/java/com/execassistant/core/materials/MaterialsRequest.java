package com.execassistant.core.materials;

import com.execassistant.core.context.ContextBundle;
import com.execassistant.core.context.ContextKind;
import com.execassistant.core.meeting.CalendarEvent;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything a materials writer may use for one meeting. Nothing else about the user is given to a
 * writer, so nothing else can leak into a prompt.
 *
 * @param meeting the meeting as the calendar reports it
 * @param meetingType the meeting type's name ({@code leadership_meeting}, {@code one_on_one}, ...);
 *     blank means {@code default}
 * @param prepQuestions the type's prep questions, in the order they are asked
 * @param context what the context sources returned: a section or a gap per source
 * @param answers the prep answers and how the Q&A ended
 * @param requiredContext the type's {@code context_required}, so that a source which returned
 *     nothing can be named as missing
 * @param displayZone the zone to show times in (the user's); null means the meeting's own zone
 */
public record MaterialsRequest(
        CalendarEvent meeting,
        String meetingType,
        List<String> prepQuestions,
        ContextBundle context,
        PrepAnswers answers,
        List<ContextKind> requiredContext,
        ZoneId displayZone) {

    public MaterialsRequest {
        Objects.requireNonNull(meeting, "meeting");
        meetingType =
                meetingType == null || meetingType.isBlank() ? "default" : meetingType.strip();
        prepQuestions = prepQuestions == null ? List.of() : List.copyOf(prepQuestions);
        context = context == null ? ContextBundle.empty() : context;
        answers = answers == null ? PrepAnswers.notAsked() : answers;
        requiredContext =
                requiredContext == null ? List.of() : requiredContext.stream().distinct().toList();
        displayZone = displayZone == null ? meeting.start().getZone() : displayZone;
    }

    /** A request shown in the meeting's own time zone. */
    public MaterialsRequest(
            CalendarEvent meeting,
            String meetingType,
            List<String> prepQuestions,
            ContextBundle context,
            PrepAnswers answers,
            List<ContextKind> requiredContext) {
        this(meeting, meetingType, prepQuestions, context, answers, requiredContext, null);
    }
}
