package com.execassistant.desktop.materials.bedrock;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how a {@link BedrockConverseWriter} reaches its model. Credentials are not settings:
 * they come from the AWS default provider chain (environment, profile, SSO, instance role).
 *
 * @param modelId a Bedrock model or inference profile id; Nova Lite by default, which is cheap,
 *     fast and supports forced tool use
 * @param region the AWS region to call
 * @param endpointOverride another endpoint (a VPC endpoint, or a local fake in tests), or null
 * @param timeLimit the most one write may take, all of it
 */
public record BedrockSettings(
        String modelId, String region, URI endpointOverride, Duration timeLimit) {

    public static final String DEFAULT_MODEL = "amazon.nova-lite-v1:0";
    public static final String DEFAULT_REGION = "us-east-1";
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    public BedrockSettings {
        modelId = modelId == null || modelId.isBlank() ? DEFAULT_MODEL : modelId.strip();
        region = region == null || region.isBlank() ? DEFAULT_REGION : region.strip();
        timeLimit = Objects.requireNonNullElse(timeLimit, DEFAULT_TIME_LIMIT);
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The Bedrock writer's time limit must be positive.");
        }
    }

    public static BedrockSettings defaults() {
        return new BedrockSettings(DEFAULT_MODEL, DEFAULT_REGION, null, DEFAULT_TIME_LIMIT);
    }

    public BedrockSettings withModel(String id) {
        return new BedrockSettings(id, region, endpointOverride, timeLimit);
    }

    public BedrockSettings withRegion(String name) {
        return new BedrockSettings(modelId, name, endpointOverride, timeLimit);
    }

    public BedrockSettings withEndpointOverride(URI endpoint) {
        return new BedrockSettings(modelId, region, endpoint, timeLimit);
    }

    public BedrockSettings withTimeLimit(Duration limit) {
        return new BedrockSettings(modelId, region, endpointOverride, limit);
    }
}
