package com.execassistant.core.materials.llm;

import static com.execassistant.core.materials.llm.LlmFixtures.VALID_PLAN;
import static com.execassistant.core.materials.llm.LlmFixtures.chatReply;
import static com.execassistant.core.materials.llm.LlmFixtures.request;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.materials.Materials;
import com.execassistant.core.materials.MaterialsException;
import com.execassistant.core.materials.MaterialsException.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The OpenAI-compatible writer against a loopback fake of /v1/chat/completions. */
class OpenAiCompatibleWriterTest {

    static final String PATH = "/v1/chat/completions";
    static final String KEY = "sk-test-0123456789abcdef";
    private static final Instant NOW = Instant.parse("2025-12-19T15:00:00Z");

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private OpenAiCompatibleWriter writer;

    @BeforeEach
    void start() {
        server.start();
        writer = writer(OpenAiSettings.of(server.baseUrl() + "/v1", "llama3.1").withApiKey(KEY));
    }

    @AfterEach
    void stop() {
        writer.close();
        server.stop();
    }

    private static OpenAiCompatibleWriter writer(OpenAiSettings settings) {
        return new OpenAiCompatibleWriter(settings, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void answer(String content) {
        server.stubFor(
                post(PATH)
                        .willReturn(
                                aResponse()
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(chatReply(content))));
    }

    @Test
    void a_valid_plan_becomes_rendered_materials_recording_the_writer() throws Exception {
        answer(VALID_PLAN);

        Materials m = writer.write(request());

        assertThat(m.writer()).isEqualTo("openai:llama3.1").isEqualTo(writer.name());
        assertThat(m.generatedAt()).isEqualTo(NOW);
        assertThat(m.generationTime()).isPositive();
        Document agenda = LlmFixtures.xhtml(m.agendaHtml());
        assertThat(agenda.getDocumentElement().getTextContent())
                .contains("Your priorities", "Hire a VP Engineering", "Budget review");
        assertThat(m.agendaHtml()).contains("data-minutes=\"20\"", "data-minutes=\"25\"");
        assertThat(m.questionsMarkdown())
                .contains("## For the CFO", "1. What drove the cloud overspend in November?");
        assertThat(m.notesMarkdown())
                .contains("## Also worth raising", "- Ask for the EC2 reservation plan");
    }

    @Test
    void missing_context_is_noted_as_the_template_would() throws Exception {
        answer(VALID_PLAN);

        Materials m = writer.write(request());

        assertThat(m.notices()).contains("Not available: Incidents - source timed out");
        assertThat(m.questionsMarkdown()).contains("Not available: Incidents - source timed out");
    }

    @Test
    void markup_in_the_plan_is_escaped_not_injected() throws Exception {
        answer(VALID_PLAN.replace("Budget review", "<script>alert(1)</script> & <b>bold</b>"));

        Materials m = writer.write(request());

        assertThat(m.agendaHtml())
                .doesNotContain("<script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;");
        assertThat(LlmFixtures.xhtml(m.agendaHtml()).getElementsByTagName("script").getLength())
                .isZero();
    }

    @Test
    void the_request_asks_for_the_plan_schema_with_the_meeting_and_answers() throws Exception {
        answer(VALID_PLAN);

        writer.write(request());

        LoggedRequest sent = server.findAll(postRequestedFor(urlEqualTo(PATH))).get(0);
        JsonNode body = new ObjectMapper().readTree(sent.getBodyAsString());
        assertThat(body.get("model").asText()).isEqualTo("llama3.1");
        assertThat(body.at("/response_format/type").asText()).isEqualTo("json_schema");
        assertThat(body.at("/response_format/json_schema/schema")).isEqualTo(PlanSchema.schema());
        String user = body.at("/messages/1/content").asText();
        assertThat(user)
                .contains(
                        LlmFixtures.TITLE, LlmFixtures.PRIORITY_ANSWER, LlmFixtures.CONCERN_ANSWER);
        assertThat(sent.getBodyAsString())
                .doesNotContain(LlmFixtures.ORGANIZER)
                .doesNotContain(LlmFixtures.OTHER_EMAIL)
                .doesNotContain(KEY);
    }

    @Test
    void the_api_key_is_sent_as_a_bearer_token() throws Exception {
        answer(VALID_PLAN);

        writer.write(request());

        server.verify(
                postRequestedFor(urlEqualTo(PATH))
                        .withHeader("Authorization", equalTo("Bearer " + KEY)));
    }

    @Test
    void no_authorization_header_is_sent_without_a_key() throws Exception {
        answer(VALID_PLAN);
        try (OpenAiCompatibleWriter keyless =
                writer(OpenAiSettings.of(server.baseUrl() + "/v1", "llama3.1"))) {
            keyless.write(request());
        }

        assertThat(
                        server.findAll(postRequestedFor(urlEqualTo(PATH)))
                                .get(0)
                                .containsHeader("Authorization"))
                .isFalse();
    }

    @Test
    void the_key_never_shows_in_settings_or_writer_text() {
        assertThat(writer.settings().toString()).doesNotContain(KEY).contains("apiKey=(set)");
        assertThat(writer.toString()).doesNotContain(KEY);
    }

    @Test
    void a_root_address_without_a_path_gets_v1() throws Exception {
        answer(VALID_PLAN);
        try (OpenAiCompatibleWriter rooted = writer(OpenAiSettings.of(server.baseUrl(), "m"))) {
            assertThat(rooted.write(request()).writer()).isEqualTo("openai:m");
        }
    }

    @Test
    void an_answer_that_is_not_json_is_invalid_output() {
        answer("Sure! Here are some thoughts about your meeting.");

        assertThatThrownBy(() -> writer.write(request()))
                .isInstanceOfSatisfying(
                        MaterialsException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_OUTPUT))
                .hasMessage("The AI writer's plan was unusable: the answer held no JSON object.");
    }

    @Test
    void a_plan_that_breaks_the_schema_is_invalid_output() {
        answer("{\"sections\": [{\"title\": \"Only\", \"minutes\": 60, \"points\": []}]}");

        assertThatThrownBy(() -> writer.write(request()))
                .isInstanceOfSatisfying(
                        MaterialsException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_OUTPUT))
                .hasMessageContaining("question groups are missing");
    }

    @Test
    void a_reply_that_is_not_a_chat_completion_is_invalid_output() {
        server.stubFor(post(PATH).willReturn(aResponse().withBody("<html>proxy login</html>")));

        assertThatThrownBy(() -> writer.write(request()))
                .isInstanceOfSatisfying(
                        MaterialsException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_OUTPUT))
                .hasMessage("The AI writer's answer was unusable: the server's reply is not JSON.");
    }

    @Test
    void a_server_error_is_unavailable() {
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> writer.write(request()))
                .isInstanceOfSatisfying(
                        MaterialsException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE))
                .hasMessage("The AI writer is unavailable: its server answered HTTP 500.");
    }

    @Test
    void a_refused_key_is_a_failure_that_says_to_check_the_key() {
        server.stubFor(
                post(PATH)
                        .willReturn(
                                aResponse()
                                        .withStatus(401)
                                        .withBody(
                                                "{\"error\":{\"message\":\"Incorrect API key\"}}")));

        assertThatThrownBy(() -> writer.write(request()))
                .isInstanceOfSatisfying(
                        MaterialsException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.FAILED))
                .hasMessage(
                        "The AI writer's server refused the request (HTTP 401): check its API key.");
    }

    @Test
    void a_rejected_request_carries_the_servers_reason() {
        server.stubFor(
                post(PATH)
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withBody(
                                                "{\"error\":{\"message\":\"response_format is not"
                                                        + " supported\"}}")));

        assertThatThrownBy(() -> writer.write(request()))
                .hasMessage(
                        "The AI writer's server rejected the request (HTTP 400): response_format"
                                + " is not supported.");
    }

    @Test
    void a_server_slower_than_the_time_limit_times_out() {
        server.stubFor(
                post(PATH)
                        .willReturn(
                                aResponse().withFixedDelay(5_000).withBody(chatReply(VALID_PLAN))));
        try (OpenAiCompatibleWriter quick =
                writer(
                        OpenAiSettings.of(server.baseUrl() + "/v1", "llama3.1")
                                .withTimeLimit(Duration.ofMillis(300)))) {

            assertThatThrownBy(() -> quick.write(request()))
                    .isInstanceOfSatisfying(
                            MaterialsException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.TIMED_OUT))
                    .hasMessage("The AI writer timed out after 300 ms.");
        }
    }

    @Test
    void a_refused_connection_is_unavailable() throws Exception {
        String closed = LoopbackPorts.closedBaseUrl();
        try (OpenAiCompatibleWriter nowhere = writer(OpenAiSettings.of(closed + "/v1", "m"))) {

            assertThatThrownBy(() -> nowhere.write(request()))
                    .isInstanceOfSatisfying(
                            MaterialsException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE))
                    .hasMessage("The AI writer could not be reached at " + closed + ".");
        }
    }
}
