package com.execassistant.desktop.prep;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.materials.FallbackMaterialsWriter;
import com.execassistant.core.materials.TemplateMaterialsWriter;
import com.execassistant.core.materials.llm.LlmFixtures;
import com.execassistant.core.materials.llm.OpenAiCompatibleWriter;
import com.execassistant.core.materials.llm.OpenAiSettings;
import com.execassistant.core.notify.slack.FakeSlackWeb;
import com.execassistant.core.notify.slack.SlackNotifier;
import com.execassistant.core.notify.slack.SlackWeb;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.RunStatus;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The materials step with an OpenAI-compatible model on loopback: a working model writes them; a
 * failing, slow or nonsensical one hands over to the template writer, and the run records which
 * writer made the materials.
 */
class PrepScenarioLlmWriterTest {

    private static final Instant WEDNESDAY_9AM = PrepFixture.MONDAY_9AM.plus(Duration.ofDays(2));
    private static final String PATH = "/v1/chat/completions";
    private static final String FALLBACK = "template (fallback from openai:llama3.1)";

    @TempDir Path dir;
    private PrepFixture f;
    private final FakeSlackWeb slack = new FakeSlackWeb();
    private final WireMockServer model = new WireMockServer(wireMockConfig().dynamicPort());
    private OpenAiCompatibleWriter llm;

    @AfterEach
    void stop() {
        f.close();
        llm.close();
        model.stop();
        slack.close();
    }

    private PrepRun runWithTheModelAnswering(ResponseDefinitionBuilder answer) throws Exception {
        return runWithTheModelAnswering(answer, Duration.ofSeconds(5));
    }

    /**
     * @param limit the writer's time limit: generous unless the limit is what is tested, so that a
     *     loaded machine cannot turn a failure or a success into a timeout
     */
    private PrepRun runWithTheModelAnswering(ResponseDefinitionBuilder answer, Duration limit)
            throws Exception {
        model.start();
        model.stubFor(post(urlPathEqualTo(PATH)).willReturn(answer));
        llm =
                new OpenAiCompatibleWriter(
                        OpenAiSettings.of(model.baseUrl() + "/v1", "llama3.1")
                                .withTimeLimit(limit));
        f = new PrepFixture(dir);
        SlackNotifier slackChannel = new SlackNotifier(new SlackWeb(slack.settings()));
        f.calendar.put(PrepFixture.oneOnOne("m1", WEDNESDAY_9AM));
        f.sync();
        f.start(
                () -> List.of(slackChannel),
                new FallbackMaterialsWriter(llm, new TemplateMaterialsWriter(f.clock)));
        PrepRun ready = ScenarioKit.driveUntil(f, "m1", r -> r.materialsLocation() != null);
        return ready;
    }

    private void assertTheModelWasAskedOnce() throws InterruptedException {
        // WireMock may journal a request just after answering it.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (model.findAll(postRequestedFor(urlPathEqualTo(PATH))).isEmpty()
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(model.findAll(postRequestedFor(urlPathEqualTo(PATH)))).hasSize(1);
    }

    @Test
    void aWorkingModelMakesTheMaterialsAndTheRunSaysSo() throws Exception {
        PrepRun ready =
                runWithTheModelAnswering(
                        aResponse().withBody(LlmFixtures.chatReply(LlmFixtures.VALID_PLAN)));

        assertTheModelWasAskedOnce();
        assertThat(ready.materialsWriter()).isEqualTo("openai:llama3.1");
        assertThat(ready.materialsMillis()).isNotNull().isNotNegative();
        assertThat(ScenarioKit.read(ready, "notes.md"))
                .contains("Ask for the EC2 reservation plan");
        assertThat(ScenarioKit.read(ready, "agenda.html")).doesNotContain("template writer");
        ScenarioKit.finish(f, "m1");
        assertThat(slackPost(1)).contains("are ready").doesNotContain("template writer");
    }

    private String slackPost(int index) {
        return java.net.URLDecoder.decode(
                slack.calls("chat.postMessage").get(index).getBodyAsString(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "the model {0}")
    @ValueSource(strings = {"fails", "times out", "returns prose instead of a plan"})
    void aModelThatLetsTheRunDownIsReplacedByTheTemplateWriterAndRecorded(String how)
            throws Exception {
        PrepRun ready =
                switch (how) {
                    case "fails" ->
                            runWithTheModelAnswering(
                                    aResponse().withStatus(500).withBody("upstream error"));
                    // Ten times the 300 ms limit: the limit decides, not the machine's speed.
                    case "times out" ->
                            runWithTheModelAnswering(
                                    aResponse()
                                            .withFixedDelay(3_000)
                                            .withBody(
                                                    LlmFixtures.chatReply(LlmFixtures.VALID_PLAN)),
                                    Duration.ofMillis(300));
                    default ->
                            runWithTheModelAnswering(
                                    aResponse().withBody(LlmFixtures.chatReply("I'd rather not.")));
                };
        String why =
                switch (how) {
                    case "fails" -> "answered HTTP 500";
                    case "times out" -> "timed out after 300 ms";
                    default -> "unusable";
                };

        assertThat(ready.materialsWriter()).isEqualTo(FALLBACK);
        assertThat(ready.lastError()).isNull();
        assertThat(ScenarioKit.read(ready, "agenda.html")).contains("1:1 Dana / Lee");
        PrepRun done = ScenarioKit.finish(f, "m1");
        // The materials-ready message tells the user why the template writer stepped in.
        assertThat(slackPost(1)).contains(why).contains("made by the template writer");
        assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(done.materialsWriter()).isEqualTo(FALLBACK);
    }
}
