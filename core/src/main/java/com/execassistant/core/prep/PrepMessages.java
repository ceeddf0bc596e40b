package com.execassistant.core.prep;

import com.execassistant.core.context.ContextBundle;
import com.execassistant.core.context.ContextGap;
import com.execassistant.core.context.ContextSection;
import com.execassistant.core.materials.Materials;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.Notification.Action;
import com.execassistant.core.notify.Purpose;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The words of the workflow's notifications: short, specific, one per purpose. */
public final class PrepMessages {

    private PrepMessages() {}

    static Notification prepStart(PrepRun run, MeetingRecord m, ContextBundle context) {
        return askToPrep(run, m, context, Purpose.PREP_START, "Time to prep: ");
    }

    /** The nudge a snooze owes: the prep notification again, with the same buttons. */
    static Notification snoozedPrep(PrepRun run, MeetingRecord m, ContextBundle context) {
        return askToPrep(run, m, context, Purpose.SNOOZED_PREP, "Back to prep: ");
    }

    private static Notification askToPrep(
            PrepRun run, MeetingRecord m, ContextBundle context, Purpose purpose, String lead) {
        return new Notification(
                run.runId(),
                purpose,
                lead + m.event().title(),
                m.event().title(),
                m.type(),
                m.event().startInstant(),
                summary(context),
                null,
                List.of(Action.START_PREP, Action.SNOOZE, Action.SKIP),
                List.of());
    }

    static Notification materialsReady(
            PrepRun run, MeetingRecord m, Materials materials, List<Path> files) {
        String preview = materials == null ? null : agendaPreview(materials.agendaHtml());
        return new Notification(
                run.runId(),
                Purpose.MATERIALS_READY,
                "Your materials for " + m.event().title() + " are ready",
                m.event().title(),
                m.type(),
                m.event().startInstant(),
                materials == null ? null : String.join("\n", materials.notices()),
                preview,
                List.of(Action.OPEN_MATERIALS),
                files);
    }

    static Notification reminder(PrepRun run, MeetingRecord m) {
        boolean ready = run.materialsLocation() != null;
        return new Notification(
                run.runId(),
                Purpose.REMINDER,
                ready
                        ? m.event().title() + " starts soon - your materials are ready"
                        : m.event().title() + " starts soon and you haven't prepped",
                m.event().title(),
                m.type(),
                m.event().startInstant(),
                ready ? null : "Two minutes of quick prep still helps.",
                null,
                ready ? List.of(Action.OPEN_MATERIALS) : List.of(Action.QUICK_PREP),
                List.of());
    }

    /** Told when a meeting the user was already notified about is cancelled. */
    public static Notification cancelled(PrepRun run, MeetingRecord m) {
        return new Notification(
                run.runId(),
                Purpose.MEETING_CANCELLED,
                m.event().title() + " was cancelled - no prep needed",
                m.event().title(),
                m.type(),
                m.event().startInstant(),
                null,
                null,
                List.of(),
                List.of());
    }

    static String summary(ContextBundle context) {
        List<String> lines = new ArrayList<>();
        for (ContextSection s : context.sections()) {
            lines.add(s.kind().title() + ": " + s.summary());
        }
        for (ContextGap g : context.gaps()) {
            lines.add(g.kind().title() + ": not available (" + g.reason() + ")");
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** The agenda's section lines as plain text, for channels that cannot show HTML. */
    static String agendaPreview(String agendaHtml) {
        List<String> items = new ArrayList<>();
        java.util.regex.Matcher li =
                java.util.regex.Pattern.compile(
                                "<li[^>]*>(.*?)</li>", java.util.regex.Pattern.DOTALL)
                        .matcher(agendaHtml);
        while (li.find() && items.size() < 12) {
            String text = li.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
            items.add("• " + unescape(text));
        }
        return items.isEmpty() ? null : String.join("\n", items);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
