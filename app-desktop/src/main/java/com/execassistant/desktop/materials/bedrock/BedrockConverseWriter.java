package com.execassistant.desktop.materials.bedrock;

import com.execassistant.core.materials.Materials;
import com.execassistant.core.materials.MaterialsException;
import com.execassistant.core.materials.MaterialsFrame;
import com.execassistant.core.materials.MaterialsRequest;
import com.execassistant.core.materials.MaterialsWriter;
import com.execassistant.core.materials.llm.Failures;
import com.execassistant.core.materials.llm.MaterialsPlan;
import com.execassistant.core.materials.llm.PlanParser;
import com.execassistant.core.materials.llm.PlanSchema;
import com.execassistant.core.materials.llm.Prompt;
import com.execassistant.core.materials.llm.PromptBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SpecificToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.StopReason;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.Tool;
import software.amazon.awssdk.services.bedrockruntime.model.ToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.ToolConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;
import software.amazon.awssdk.services.bedrockruntime.model.ToolSpecification;
import software.amazon.awssdk.services.bedrockruntime.model.ToolUseBlock;

/**
 * A materials writer backed by AWS Bedrock's Converse API, a Nova model by default. Structured
 * output comes from forced tool use: the request offers one tool whose input schema is the {@link
 * PlanSchema} and makes the model call it, so the plan arrives as the tool call's JSON input. The
 * plan is checked with {@link PlanParser} and rendered with the shared renderers, as for every LLM
 * writer.
 *
 * <p>One attempt within the time limit (the SDK's retries are off): the caller falls back to the
 * template writer at once. SDK errors become {@link MaterialsException}s: throttling, service and
 * network trouble {@code UNAVAILABLE}; the limit {@code TIMED_OUT}; a refused request (access,
 * model id, missing credentials) {@code FAILED}; an unusable plan {@code INVALID_OUTPUT}.
 */
public final class BedrockConverseWriter implements MaterialsWriter, AutoCloseable {

    /** Writer names are {@code bedrock:<model id>}. */
    public static final String NAME_PREFIX = "bedrock:";

    static final String TOOL = "write_meeting_plan";

    private static final Logger LOG = LoggerFactory.getLogger(BedrockConverseWriter.class);

    private final BedrockSettings settings;
    private final Clock clock;
    private final BedrockRuntimeClient client;

    /** A writer with credentials from the AWS default provider chain. */
    public BedrockConverseWriter(BedrockSettings settings) {
        this(settings, DefaultCredentialsProvider.builder().build(), Clock.systemUTC());
    }

    /**
     * @param credentials where AWS credentials come from (static ones in tests)
     * @param clock gives {@link Materials#generatedAt()}
     */
    public BedrockConverseWriter(
            BedrockSettings settings, AwsCredentialsProvider credentials, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        BedrockRuntimeClientBuilder builder =
                BedrockRuntimeClient.builder()
                        .region(Region.of(settings.region()))
                        .credentialsProvider(Objects.requireNonNull(credentials, "credentials"))
                        .overrideConfiguration(
                                o ->
                                        o.apiCallTimeout(settings.timeLimit())
                                                .retryStrategy(AwsRetryStrategy.doNotRetry()));
        if (settings.endpointOverride() != null) {
            builder.endpointOverride(settings.endpointOverride());
        }
        this.client = builder.build();
    }

    @Override
    public String name() {
        return NAME_PREFIX + settings.modelId();
    }

    public BedrockSettings settings() {
        return settings;
    }

    @Override
    public Materials write(MaterialsRequest request) throws MaterialsException {
        Objects.requireNonNull(request, "request");
        long started = System.nanoTime();
        Prompt prompt = PromptBuilder.build(request);
        LOG.debug(
                "Asking Bedrock model {} in {} for materials",
                settings.modelId(),
                settings.region());
        ConverseResponse response;
        try {
            response = client.converse(converse(prompt));
        } catch (SdkException e) {
            throw BedrockFailures.of(e, settings.timeLimit());
        }
        int minutes = MaterialsFrame.of(request).minutes();
        MaterialsPlan plan = plan(response, minutes);
        return plan.render(
                request, name(), clock.instant(), Duration.ofNanos(System.nanoTime() - started));
    }

    private ConverseRequest converse(Prompt prompt) {
        ToolSpecification spec =
                ToolSpecification.builder()
                        .name(TOOL)
                        .description("Record the meeting plan: agenda, questions and notes.")
                        .inputSchema(ToolInputSchema.fromJson(Documents.of(PlanSchema.schema())))
                        .build();
        return ConverseRequest.builder()
                .modelId(settings.modelId())
                .system(SystemContentBlock.fromText(prompt.system()))
                .messages(
                        Message.builder()
                                .role(ConversationRole.USER)
                                .content(ContentBlock.fromText(prompt.user()))
                                .build())
                .toolConfig(
                        ToolConfiguration.builder()
                                .tools(Tool.fromToolSpec(spec))
                                .toolChoice(
                                        ToolChoice.fromTool(
                                                SpecificToolChoice.builder().name(TOOL).build()))
                                .build())
                .build();
    }

    // The tool call is the answer; a model that wrote text instead may still have written the
    // plan as JSON, which the shared parser finds.
    private static MaterialsPlan plan(ConverseResponse response, int minutes)
            throws MaterialsException {
        if (response.stopReason() == StopReason.MAX_TOKENS) {
            throw Failures.invalid("the model's answer was cut off before the plan was complete");
        }
        if (response.output() == null || response.output().message() == null) {
            throw Failures.invalid("the model sent no message");
        }
        StringBuilder text = new StringBuilder();
        for (ContentBlock block : response.output().message().content()) {
            ToolUseBlock use = block.toolUse();
            if (use != null && TOOL.equals(use.name())) {
                return PlanParser.parse(Documents.toJson(use.input()), minutes);
            }
            if (block.text() != null) {
                text.append(block.text()).append('\n');
            }
        }
        if (text.isEmpty()) {
            throw Failures.invalid("the model did not call the plan tool");
        }
        return PlanParser.parse(text.toString(), minutes);
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "BedrockConverseWriter[" + settings + "]";
    }
}
