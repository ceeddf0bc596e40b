package com.execassistant.desktop.materials.bedrock;

import static com.execassistant.core.materials.llm.LlmFixtures.VALID_PLAN;
import static com.execassistant.core.materials.llm.LlmFixtures.request;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.materials.FallbackMaterialsWriter;
import com.execassistant.core.materials.Materials;
import com.execassistant.core.materials.MaterialsException;
import com.execassistant.core.materials.MaterialsException.Reason;
import com.execassistant.core.materials.TemplateMaterialsWriter;
import com.execassistant.core.materials.llm.LlmFixtures;
import com.execassistant.core.materials.llm.LoopbackPorts;
import com.execassistant.core.materials.llm.PlanSchema;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The real AWS SDK client driving the Bedrock writer against a loopback fake of Converse. */
class BedrockConverseWriterTest {

    private static final String CONVERSE = "/model/[^/]+/converse";
    private static final Instant NOW = Instant.parse("2025-12-19T15:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private BedrockConverseWriter writer;

    @BeforeEach
    void start() {
        server.start();
        writer = writer(settings());
    }

    @AfterEach
    void stop() {
        writer.close();
        server.stop();
    }

    private BedrockSettings settings() {
        return BedrockSettings.defaults().withEndpointOverride(URI.create(server.baseUrl()));
    }

    private static BedrockConverseWriter writer(BedrockSettings settings) {
        return new BedrockConverseWriter(
                settings,
                StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIAFAKEFAKEFAKE", "fake-secret-key")),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A Converse reply whose only content is a call of the plan tool with this input. */
    private static ResponseDefinitionBuilder toolUse(String planJson) {
        return aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(
                        """
                        {"output": {"message": {"role": "assistant", "content": [
                           {"toolUse": {"toolUseId": "tooluse_1", "name": "write_meeting_plan",
                                        "input": %s}}]}},
                         "stopReason": "tool_use",
                         "usage": {"inputTokens": 900, "outputTokens": 300, "totalTokens": 1200},
                         "metrics": {"latencyMs": 850}}
                        """
                                .formatted(planJson));
    }

    private static ResponseDefinitionBuilder awsError(int status, String type) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", type)
                .withBody("{\"message\":\"" + type + " from the fake\"}");
    }

    @Test
    void a_tool_call_with_a_valid_plan_becomes_materials() throws Exception {
        server.stubFor(post(urlPathMatching(CONVERSE)).willReturn(toolUse(VALID_PLAN)));

        Materials m = writer.write(request());

        assertThat(m.writer()).isEqualTo("bedrock:amazon.nova-lite-v1:0");
        assertThat(m.generatedAt()).isEqualTo(NOW);
        assertThat(LlmFixtures.xhtml(m.agendaHtml()).getDocumentElement().getTextContent())
                .contains("Your priorities", "Budget review");
        assertThat(m.agendaHtml()).contains("data-minutes=\"20\"");
        assertThat(m.questionsMarkdown()).contains("What drove the cloud overspend in November?");
        assertThat(m.notesMarkdown()).contains("Ask for the EC2 reservation plan");
    }

    @Test
    void the_request_forces_the_plan_tool_and_carries_the_meeting_only() throws Exception {
        server.stubFor(post(urlPathMatching(CONVERSE)).willReturn(toolUse(VALID_PLAN)));

        writer.write(request());

        LoggedRequest sent = server.findAll(postRequestedFor(urlPathMatching(CONVERSE))).get(0);
        assertThat(sent.getUrl()).isEqualTo("/model/amazon.nova-lite-v1%3A0/converse");
        assertThat(sent.getHeader("Authorization"))
                .startsWith("AWS4-HMAC-SHA256 Credential=AKIAFAKEFAKEFAKE/")
                .contains("/us-east-1/bedrock/aws4_request");
        JsonNode body = JSON.readTree(sent.getBodyAsString());
        assertThat(body.at("/toolConfig/toolChoice/tool/name").asText())
                .isEqualTo("write_meeting_plan");
        assertThat(body.at("/toolConfig/tools/0/toolSpec/inputSchema/json"))
                .isEqualTo(PlanSchema.schema());
        assertThat(body.at("/messages/0/content/0/text").asText())
                .contains(LlmFixtures.TITLE, LlmFixtures.PRIORITY_ANSWER);
        assertThat(sent.getBodyAsString())
                .doesNotContain(LlmFixtures.ORGANIZER)
                .doesNotContain(LlmFixtures.OTHER_EMAIL)
                .doesNotContain("fake-secret-key");
    }

    @Test
    void a_plan_in_the_tool_call_that_breaks_the_rules_is_invalid_output() {
        server.stubFor(
                post(urlPathMatching(CONVERSE))
                        .willReturn(toolUse("{\"sections\": [], \"question_groups\": []}")));

        assertThatThrownBy(() -> writer.write(request()))
                .isInstanceOfSatisfying(
                        MaterialsException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_OUTPUT))
                .hasMessage("The AI writer's plan was unusable: the plan has no agenda sections.");
    }

    @Test
    void a_text_answer_instead_of_the_tool_is_still_read_when_it_holds_the_plan() throws Exception {
        String text = JSON.writeValueAsString("```json\n" + VALID_PLAN + "\n```");
        server.stubFor(
                post(urlPathMatching(CONVERSE))
                        .willReturn(
                                aResponse()
                                        .withBody(
                                                "{\"output\":{\"message\":{\"role\":\"assistant\","
                                                        + "\"content\":[{\"text\":"
                                                        + text
                                                        + "}]}},\"stopReason\":\"end_turn\"}")));

        assertThat(writer.write(request()).agendaHtml()).contains("Budget review");
    }

    @Test
    void throttling_is_unavailable() {
        server.stubFor(
                post(urlPathMatching(CONVERSE)).willReturn(awsError(429, "ThrottlingException")));

        assertThatThrownBy(() -> writer.write(request()))
                .isInstanceOfSatisfying(
                        MaterialsException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE))
                .hasMessage("The AI writer is unavailable: Bedrock answered HTTP 429.");
    }

    @Test
    void a_model_without_access_is_a_failure_that_says_so() {
        server.stubFor(
                post(urlPathMatching(CONVERSE)).willReturn(awsError(403, "AccessDeniedException")));

        assertThatThrownBy(() -> writer.write(request()))
                .isInstanceOfSatisfying(
                        MaterialsException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.FAILED))
                .hasMessage(
                        "Bedrock refused the request: the AWS account has no access to this model.");
    }

    @Test
    void a_reply_slower_than_the_time_limit_times_out() {
        server.stubFor(
                post(urlPathMatching(CONVERSE))
                        .willReturn(toolUse(VALID_PLAN).withFixedDelay(5_000)));
        try (BedrockConverseWriter quick =
                writer(settings().withTimeLimit(Duration.ofMillis(300)))) {

            assertThatThrownBy(() -> quick.write(request()))
                    .isInstanceOfSatisfying(
                            MaterialsException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.TIMED_OUT))
                    .hasMessage("The AI writer timed out after 300 ms.");
        }
    }

    @Test
    void a_refused_connection_is_unavailable() throws Exception {
        URI closed = URI.create(LoopbackPorts.closedBaseUrl());
        try (BedrockConverseWriter nowhere =
                writer(BedrockSettings.defaults().withEndpointOverride(closed))) {

            assertThatThrownBy(() -> nowhere.write(request()))
                    .isInstanceOfSatisfying(
                            MaterialsException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE))
                    .hasMessage("The AI writer could not reach Bedrock.");
        }
    }

    @Test
    void a_failing_bedrock_falls_back_to_the_template_writer() {
        server.stubFor(
                post(urlPathMatching(CONVERSE))
                        .willReturn(awsError(503, "ServiceUnavailableException")));

        Materials m =
                new FallbackMaterialsWriter(writer, new TemplateMaterialsWriter()).write(request());

        assertThat(m.writer()).isEqualTo("template (fallback from bedrock:amazon.nova-lite-v1:0)");
        assertThat(m.notices())
                .contains(
                        "The AI writer is unavailable: Bedrock answered HTTP 503. These materials"
                                + " were made by the template writer.");
    }
}
