package com.execassistant.core.materials.llm;

import static com.execassistant.core.materials.llm.LlmFixtures.VALID_PLAN;
import static com.execassistant.core.materials.llm.LlmFixtures.chatReply;
import static com.execassistant.core.materials.llm.LlmFixtures.request;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.materials.FallbackMaterialsWriter;
import com.execassistant.core.materials.Materials;
import com.execassistant.core.materials.MaterialsRequest;
import com.execassistant.core.materials.MaterialsWriter;
import com.execassistant.core.materials.TemplateMaterialsWriter;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LLM failing, timing out or returning invalid output: the template writer steps in. */
class FallbackToTemplateTest {

    private static final String PATH = OpenAiCompatibleWriterTest.PATH;
    private static final String KEY = OpenAiCompatibleWriterTest.KEY;
    private static final String FALLBACK = "template (fallback from openai:llama3.1)";
    private static final String MADE_BY = " These materials were made by the template writer.";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final TemplateMaterialsWriter template = new TemplateMaterialsWriter();
    private OpenAiCompatibleWriter llm;

    @BeforeEach
    void start() {
        server.start();
        llm =
                new OpenAiCompatibleWriter(
                        OpenAiSettings.of(server.baseUrl() + "/v1", "llama3.1")
                                .withApiKey(KEY)
                                .withTimeLimit(Duration.ofMillis(300)));
    }

    @AfterEach
    void stop() {
        llm.close();
        server.stop();
    }

    private Materials write(MaterialsWriter primary) {
        return new FallbackMaterialsWriter(primary, template).write(request());
    }

    private void reply(String content) {
        server.stubFor(post(PATH).willReturn(aResponse().withBody(chatReply(content))));
    }

    @Test
    void a_working_llm_makes_the_materials_itself() {
        reply(VALID_PLAN);

        Materials m = write(llm);

        assertThat(m.writer()).isEqualTo("openai:llama3.1");
        assertThat(m.notices()).noneMatch(n -> n.contains("template writer"));
        assertThat(m.notesMarkdown()).contains("Ask for the EC2 reservation plan");
    }

    @Test
    void invalid_output_falls_back_and_says_why() {
        reply("I'd rather not.");

        Materials m = write(llm);

        assertThat(m.writer()).isEqualTo(FALLBACK);
        assertThat(m.notices())
                .contains(
                        "The AI writer's plan was unusable: the answer held no JSON object."
                                + MADE_BY);
        assertThat(m.agendaHtml()).isEqualTo(template.write(request()).agendaHtml());
    }

    @Test
    void a_plan_breaking_the_rules_falls_back() {
        reply("{\"sections\": [], \"question_groups\": []}");

        Materials m = write(llm);

        assertThat(m.writer()).isEqualTo(FALLBACK);
        assertThat(m.notices())
                .contains(
                        "The AI writer's plan was unusable: the plan has no agenda sections."
                                + MADE_BY);
    }

    @Test
    void a_server_error_falls_back() {
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(500)));

        Materials m = write(llm);

        assertThat(m.writer()).isEqualTo(FALLBACK);
        assertThat(m.notices())
                .contains("The AI writer is unavailable: its server answered HTTP 500." + MADE_BY);
    }

    @Test
    void a_timeout_falls_back_and_the_time_includes_the_wait() {
        server.stubFor(
                post(PATH)
                        .willReturn(
                                aResponse().withFixedDelay(5_000).withBody(chatReply(VALID_PLAN))));

        Materials m = write(llm);

        assertThat(m.writer()).isEqualTo(FALLBACK);
        assertThat(m.notices()).contains("The AI writer timed out after 300 ms." + MADE_BY);
        assertThat(m.generationTime()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void a_refused_connection_falls_back() throws Exception {
        String closed = LoopbackPorts.closedBaseUrl();
        try (OpenAiCompatibleWriter nowhere =
                new OpenAiCompatibleWriter(OpenAiSettings.of(closed + "/v1", "llama3.1"))) {

            Materials m = write(nowhere);

            assertThat(m.writer()).isEqualTo(FALLBACK);
            assertThat(m.notices())
                    .contains("The AI writer could not be reached at " + closed + "." + MADE_BY);
        }
    }

    @Test
    void a_bug_in_the_writer_falls_back_without_a_stack_trace_for_the_user() {
        MaterialsWriter broken =
                new MaterialsWriter() {
                    @Override
                    public String name() {
                        return "openai:llama3.1";
                    }

                    @Override
                    public Materials write(MaterialsRequest request) {
                        throw new IllegalStateException("index 3 out of bounds");
                    }
                };

        Materials m = write(broken);

        assertThat(m.writer()).isEqualTo(FALLBACK);
        assertThat(m.notices()).contains("The AI writer failed unexpectedly." + MADE_BY);
        assertThat(m.notices()).noneMatch(n -> n.contains("index 3"));
    }

    @Test
    void the_fallback_keeps_the_templates_own_notices() {
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(503)));

        Materials m = write(llm);

        assertThat(m.notices())
                .startsWith(template.write(request()).notices().toArray(String[]::new));
    }

    @Test
    void the_fallback_is_logged_without_the_api_key() {
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(401)));
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            write(llm);
        } finally {
            System.setErr(original);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("Materials writer openai:llama3.1 failed (FAILED)")
                .doesNotContain(KEY);
    }
}
