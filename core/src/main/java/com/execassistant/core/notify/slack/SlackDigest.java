package com.execassistant.core.notify.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.execassistant.core.notify.DigestWording;
import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.Notification.Action;
import com.execassistant.core.notify.Purpose;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders several notifications of one purpose as one Block Kit message: a header counting them,
 * one section per meeting (title, type, time, a short summary) with the run's button beside it,
 * soonest first, and a closing line. Slack allows 50 blocks in a message, so past 40 meetings the
 * rest are counted rather than listed: one message per burst, however large (ADR 0314).
 */
final class SlackDigest {

    /** Meetings listed with their own section: 1 header + 40 + 3 context lines stay within 50. */
    static final int MAX_SECTIONS = 40;

    /**
     * Meetings per message. Every one is named in the metadata (about 50 characters each), which a
     * look-up after a crash relies on; this keeps the metadata near 50 KB.
     */
    static final int MAX_ITEMS = 1000;

    /** The text the listed sections may carry in total. */
    static final int TEXT_BUDGET = 10_000;

    /** Slack's limit on blocks in one message. */
    static final int MAX_BLOCKS = 50;

    // A digest is read at a glance; a long summary belongs to the meeting's own view.
    static final int SUMMARY_MAX = 200;

    private SlackDigest() {}

    static List<LayoutBlock> render(List<Notification> items, ZoneId zone, boolean files) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(
                header(h -> h.text(plainText(cut(headline(items), SlackBlocks.HEADER_MAX), true))));
        List<Notification> soonest =
                items.stream()
                        .sorted(
                                java.util.Comparator.comparing(
                                        Notification::meetingStart,
                                        java.util.Comparator.nullsLast(
                                                java.util.Comparator.naturalOrder())))
                        .limit(MAX_SECTIONS)
                        .toList();
        // Slack also refuses a message whose blocks carry too much text in total (about 12,000
        // characters, though each block is within its own limit): list fewer when it would.
        int budget = TEXT_BUDGET;
        List<Notification> listed = new ArrayList<>();
        for (Notification n : soonest) {
            budget -= itemText(n, zone).length();
            if (budget < 0) {
                break;
            }
            listed.add(n);
        }
        soonest = listed;
        for (int i = 0; i < soonest.size(); i++) {
            Notification n = soonest.get(i);
            String blockId = "digest-" + i;
            BlockElement button = button(n);
            String text = SlackBlocks.cut(itemText(n, zone), SlackBlocks.SECTION_MAX);
            blocks.add(
                    section(
                            s -> {
                                s.blockId(blockId).text(markdownText(text));
                                return button == null ? s : s.accessory(button);
                            }));
        }
        int more = items.size() - soonest.size();
        if (more > 0) {
            String rest =
                    "… and " + more + " more, listed in Exec Assistant (the soonest are above).";
            blocks.add(context(c -> c.elements(List.of(plainText(rest)))));
        }
        if (files) {
            blocks.add(
                    context(
                            c ->
                                    c.elements(
                                            List.of(
                                                    plainText(
                                                            "The materials follow in one zip, a"
                                                                    + " folder per meeting.")))));
        }
        blocks.add(context(c -> c.elements(List.of(plainText(closing(items.get(0).purpose()))))));
        return blocks;
    }

    /** The header: how many meetings and why ("3 meetings to prep for"). */
    static String headline(List<Notification> items) {
        return DigestWording.headline(items);
    }

    /** The plain text shown in notifications: the header and the first titles. */
    static String fallbackText(List<Notification> items) {
        return SlackBlocks.cut(
                SlackBlocks.escape(headline(items) + ": " + DigestWording.titles(items, 2)),
                SlackBlocks.FALLBACK_MAX);
    }

    /** The metadata: the purpose and every run in the message, so a look-up finds each one. */
    static Message.Metadata metadata(List<Notification> items) {
        return Message.Metadata.builder()
                .eventType(SlackNotifier.EVENT_TYPE)
                .eventPayload(
                        Map.of(
                                "purpose",
                                items.get(0).purpose().name(),
                                "run_ids",
                                items.stream().map(Notification::runId).toList()))
                .build();
    }

    private static String itemText(Notification n, ZoneId zone) {
        StringBuilder text = new StringBuilder("*");
        text.append(SlackBlocks.escape(n.meetingTitle() == null ? "Meeting" : n.meetingTitle()));
        text.append('*');
        List<String> facts = new ArrayList<>();
        if (SlackBlocks.present(n.meetingType())) {
            facts.add(SlackBlocks.escape(n.meetingType()));
        }
        if (n.meetingStart() != null) {
            facts.add(SlackBlocks.WHEN.format(n.meetingStart().atZone(zone)));
        }
        if (!facts.isEmpty()) {
            text.append('\n').append(String.join(" · ", facts));
        }
        if (SlackBlocks.present(n.summary())) {
            text.append('\n').append(SlackBlocks.cut(SlackBlocks.escape(n.summary()), SUMMARY_MAX));
        }
        return text.toString();
    }

    // Start Prep is the digest's point for a prep; otherwise the message's own first action.
    private static BlockElement button(Notification n) {
        if (n.purpose() == Purpose.PREP_START || n.purpose() == Purpose.SNOOZED_PREP) {
            return SlackBlocks.button(Action.START_PREP, n.runId());
        }
        return n.actions().isEmpty() ? null : SlackBlocks.button(n.actions().get(0), n.runId());
    }

    private static String closing(Purpose purpose) {
        return switch (purpose) {
            case PREP_START, SNOOZED_PREP ->
                    "Start each prep with its button; snooze or skip one in the app.";
            case MATERIALS_READY -> "Each meeting's materials are also in the app.";
            case REMINDER -> "Your prep for each meeting is in the app.";
            case MEETING_CANCELLED -> "No prep is needed for these.";
        };
    }

    private static String cut(String text, int max) {
        return SlackBlocks.cut(text, max);
    }
}
