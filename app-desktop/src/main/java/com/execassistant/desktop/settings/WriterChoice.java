package com.execassistant.desktop.settings;

import java.time.Duration;

/**
 * The material writer as typed on the Settings page, not yet saved: which one, and its fields.
 *
 * @param writer template, openai or bedrock
 * @param apiKey an API key typed now; null or blank means the stored one (if any)
 */
public record WriterChoice(
        String writer,
        String openAiUrl,
        String openAiModel,
        String apiKey,
        String bedrockModel,
        String bedrockRegion,
        Duration timeLimit) {}
