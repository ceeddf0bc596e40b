package com.execassistant.core.notify.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.Purpose;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackBlocksTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    private static Notification with(
            String headline, String body, List<Notification.Action> actions) {
        return new Notification(
                "run-1",
                Purpose.MATERIALS_READY,
                headline,
                "Staff meeting",
                "Team sync",
                Instant.parse("2030-07-01T14:30:00Z"),
                null,
                body,
                actions,
                List.of(Path.of("agenda.html"), Path.of("notes.md")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "short text kept             | Budget review       | 20 | Budget review",
                "long text cut with ellipsis | Budget review today | 10 | Budget re…",
                "no half entity left         | Hiring &amp; budget | 11 | Hiring …",
                "whole entity kept           | Hiring &amp; budget | 14 | Hiring &amp; …",
            })
    void cutsTextToALimit(String name, String text, int max, String expected) {
        assertThat(SlackBlocks.cut(text, max)).isEqualTo(expected).hasSizeLessThanOrEqualTo(max);
    }

    @Test
    void neverSplitsAnEmojiInTwo() {
        String cut = SlackBlocks.cut("ab\uD83D\uDE00cdef", 4);

        assertThat(cut).isEqualTo("ab…");
    }

    @Test
    void aLongAgendaIsCutToTheSectionLimit() {
        String agenda = "x".repeat(10_000);

        List<LayoutBlock> blocks =
                SlackBlocks.render(with("Materials ready", agenda, List.of()), ZONE);

        SectionBlock body = (SectionBlock) blocks.get(2);
        assertThat(body.getText().getText()).hasSize(SlackBlocks.SECTION_MAX).endsWith("…");
    }

    @Test
    void aLongHeadlineIsCutToTheHeaderLimit() {
        List<LayoutBlock> blocks = SlackBlocks.render(with("h".repeat(500), null, List.of()), ZONE);

        assertThat(((HeaderBlock) blocks.get(0)).getText().getText())
                .hasSize(SlackBlocks.HEADER_MAX);
    }

    @Test
    void withoutActionsThereIsNoActionsBlockAndTheFilesAreAnnounced() {
        List<LayoutBlock> blocks =
                SlackBlocks.render(with("Materials ready", null, List.of()), ZONE);

        assertThat(blocks).noneMatch(b -> b instanceof ActionsBlock);
        assertThat(blocks.get(blocks.size() - 1).getType()).isEqualTo("context");
        assertThat(blocks.toString()).contains("2 files follow");
    }

    @Test
    void theFallbackTextGivesTheTimeInTheUsersZone() {
        assertThat(SlackBlocks.fallbackText(with("Materials ready", null, List.of()), ZONE))
                .isEqualTo("Materials ready (Mon 1 Jul 2030, 10:30 EDT)");
    }

    @Test
    void aNotificationWithoutHeadlineOrTitleStillHasAFallbackText() {
        Notification bare =
                new Notification(
                        "run-1", Purpose.REMINDER, null, null, null, null, null, null, null, null);

        assertThat(SlackBlocks.fallbackText(bare, ZONE)).isEqualTo("Meeting prep");
        assertThat(SlackBlocks.render(bare, ZONE)).isEmpty();
    }
}
