package com.execassistant.desktop.settings;

import com.execassistant.core.materials.MaterialsException;
import com.execassistant.core.materials.MaterialsRequest;
import com.execassistant.core.materials.MaterialsWriter;
import com.execassistant.core.materials.PrepAnswer;
import com.execassistant.core.materials.PrepAnswers;
import com.execassistant.core.materials.PrepOutcome;
import com.execassistant.core.materials.TemplateMaterialsWriter;
import com.execassistant.core.materials.llm.OpenAiCompatibleWriter;
import com.execassistant.core.materials.llm.OpenAiSettings;
import com.execassistant.core.meeting.CalendarEvent;
import com.execassistant.core.meeting.MeetingStatus;
import com.execassistant.desktop.materials.bedrock.BedrockConverseWriter;
import com.execassistant.desktop.materials.bedrock.BedrockSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * "Test" for the material writer: the writer as typed makes the materials of a small made-up
 * meeting, within its own time limit, with no fallback, so a failure shows the writer's own reason.
 */
public final class WriterCheck {

    /** How it went: which writer answered and how long it took. */
    public record Result(String writer, Duration took) {}

    private static final String QUESTION = "What is the one outcome you need?";

    private final Clock clock;

    public WriterCheck(Clock clock) {
        this.clock = clock;
    }

    /**
     * @throws MaterialsException with the writer's reason (unreachable, too slow, invalid answer)
     */
    public Result run(WriterChoice choice, String apiKey) throws MaterialsException {
        long started = System.nanoTime();
        String name;
        switch (choice.writer()) {
            case "openai" -> {
                OpenAiSettings s =
                        OpenAiSettings.of(choice.openAiUrl(), choice.openAiModel())
                                .withTimeLimit(choice.timeLimit());
                try (OpenAiCompatibleWriter w =
                        new OpenAiCompatibleWriter(
                                apiKey == null ? s : s.withApiKey(apiKey), clock)) {
                    name = write(w);
                }
            }
            case "bedrock" -> {
                try (BedrockConverseWriter w =
                        new BedrockConverseWriter(
                                BedrockSettings.defaults()
                                        .withModel(choice.bedrockModel())
                                        .withRegion(choice.bedrockRegion())
                                        .withTimeLimit(choice.timeLimit()))) {
                    name = write(w);
                }
            }
            default -> name = write(new TemplateMaterialsWriter(clock));
        }
        return new Result(name, Duration.ofNanos(System.nanoTime() - started));
    }

    private String write(MaterialsWriter writer) throws MaterialsException {
        return writer.write(request()).writer();
    }

    private MaterialsRequest request() {
        ZonedDateTime start = ZonedDateTime.now(clock).plusDays(1).withHour(10).withMinute(0);
        CalendarEvent meeting =
                new CalendarEvent(
                        "settings-test",
                        "settings-test",
                        "settings-test",
                        null,
                        null,
                        "Weekly sync (settings test)",
                        "A made-up meeting to check the material writer.",
                        null,
                        start,
                        start.plusMinutes(30),
                        false,
                        MeetingStatus.CONFIRMED,
                        null,
                        List.of(),
                        null);
        return new MaterialsRequest(
                meeting,
                "default",
                List.of(QUESTION),
                null,
                new PrepAnswers(
                        List.of(PrepAnswer.answered(QUESTION, "Agree the next release date.")),
                        PrepOutcome.COMPLETED),
                List.of());
    }
}
