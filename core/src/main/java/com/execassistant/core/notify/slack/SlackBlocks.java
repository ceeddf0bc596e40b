package com.execassistant.core.notify.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.execassistant.core.notify.Notification;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Notification} as Block Kit: a header, the meeting's facts, the context summary,
 * the body (an agenda preview) and the buttons. Texts are cut to Slack's limits so that a long
 * agenda never makes Slack reject the whole message.
 */
final class SlackBlocks {

    static final int HEADER_MAX = 150;
    static final int SECTION_MAX = 3000;
    static final int FIELD_MAX = 2000;
    static final int BUTTON_TEXT_MAX = 75;
    static final int FALLBACK_MAX = 3000;

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.ENGLISH);

    private SlackBlocks() {}

    static List<LayoutBlock> render(Notification n, ZoneId zone) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String headline = n.headline() == null ? n.meetingTitle() : n.headline();
        if (headline != null) {
            blocks.add(header(h -> h.text(plainText(cut(headline, HEADER_MAX), true))));
        }
        List<TextObject> facts = facts(n, zone);
        if (!facts.isEmpty()) {
            blocks.add(section(s -> s.fields(facts)));
        }
        if (present(n.summary())) {
            blocks.add(section(s -> s.text(markdownText(cut(escape(n.summary()), SECTION_MAX)))));
        }
        if (present(n.body())) {
            blocks.add(section(s -> s.text(markdownText(cut(escape(n.body()), SECTION_MAX)))));
        }
        if (!n.actions().isEmpty()) {
            blocks.add(actions(a -> a.blockId("run-actions").elements(buttons(n))));
        }
        if (!n.attachments().isEmpty()) {
            String files =
                    n.attachments().size() == 1
                            ? "1 file follows"
                            : n.attachments().size() + " files follow";
            blocks.add(context(c -> c.elements(List.of(plainText(files)))));
        }
        return blocks;
    }

    /** The plain text shown in notifications and by clients that cannot show blocks. */
    static String fallbackText(Notification n, ZoneId zone) {
        StringBuilder text = new StringBuilder();
        String headline = n.headline() != null ? n.headline() : n.meetingTitle();
        text.append(headline != null ? headline : "Meeting prep");
        if (n.meetingStart() != null) {
            text.append(" (").append(WHEN.format(n.meetingStart().atZone(zone))).append(')');
        }
        return cut(escape(text.toString()), FALLBACK_MAX);
    }

    private static List<TextObject> facts(Notification n, ZoneId zone) {
        List<TextObject> fields = new ArrayList<>();
        if (present(n.meetingTitle())) {
            fields.add(field("Meeting", n.meetingTitle()));
        }
        if (present(n.meetingType())) {
            fields.add(field("Type", n.meetingType()));
        }
        if (n.meetingStart() != null) {
            fields.add(field("When", WHEN.format(n.meetingStart().atZone(zone))));
        }
        return fields;
    }

    private static TextObject field(String label, String value) {
        return markdownText(cut("*" + label + "*\n" + escape(value), FIELD_MAX));
    }

    // The button carries the run id only: a workflow token is long, secret-ish and may expire.
    private static List<BlockElement> buttons(Notification n) {
        List<BlockElement> buttons = new ArrayList<>();
        for (Notification.Action action : n.actions()) {
            buttons.add(button(action, n.runId()));
        }
        return buttons;
    }

    /**
     * One button: its {@code action_id} names the action and its {@code value} is the run id, which
     * is all Socket Mode needs to route a click to the run ({@code SlackInbound}).
     */
    static BlockElement button(Notification.Action action, String runId) {
        return com.slack.api.model.block.element.BlockElements.button(
                b -> {
                    b.actionId(action.name())
                            .value(runId)
                            .text(plainText(cut(action.label(), BUTTON_TEXT_MAX)));
                    if (action == Notification.Action.START_PREP
                            || action == Notification.Action.QUICK_PREP) {
                        b.style("primary");
                    }
                    return b;
                });
    }

    /** Slack's three control characters in mrkdwn and plain text. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Cuts to at most {@code max} characters, ending with an ellipsis when something was cut. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        // Never split a surrogate pair (an emoji) in two.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        // Nor an escaped character ("&amp;") in a way that leaves half an entity.
        int amp = text.lastIndexOf('&', end - 1);
        if (amp >= 0 && end - amp < 6 && text.indexOf(';', amp) >= end) {
            end = amp;
        }
        return text.substring(0, end) + "…";
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
