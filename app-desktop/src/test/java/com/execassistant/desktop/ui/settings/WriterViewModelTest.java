package com.execassistant.desktop.ui.settings;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.materials.llm.LlmFixtures;
import com.execassistant.desktop.prep.config.PrepConfigLoader;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The material writer settings: "Test" asks a real OpenAI-compatible writer, against a model server
 * faked on loopback, for a small plan; saving writes prep.yaml and keeps the API key encrypted.
 */
class WriterViewModelTest {

    private static final String PATH = "/v1/chat/completions";
    private static final String KEY = "sk-test-1234567890abcdefWXYZ";

    @TempDir Path dir;
    private final WireMockServer model = new WireMockServer(wireMockConfig().dynamicPort());
    private SettingsFixture f;
    private WriterViewModel vm;

    @BeforeEach
    void open() throws Exception {
        model.start();
        f = new SettingsFixture(dir, null);
        vm = f.vm.writer();
        vm.writerProperty().set("openai");
        vm.openAiUrl().valueProperty().set(model.baseUrl() + "/v1");
        vm.openAiModel().valueProperty().set("llama3.1");
    }

    @AfterEach
    void close() {
        f.close();
        model.stop();
    }

    @Test
    void testReportsTheWriterThatAnsweredAndItsTime() {
        model.stubFor(
                post(urlPathEqualTo(PATH))
                        .willReturn(
                                aResponse()
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(LlmFixtures.chatReply(LlmFixtures.VALID_PLAN))));

        vm.test();

        assertThat(vm.testResult().failedProperty().get())
                .as(vm.testResult().messageProperty().get())
                .isFalse();
        assertThat(vm.testResult().messageProperty().get())
                .startsWith("It works: openai:llama3.1 wrote a plan in ")
                .endsWith("(limit 10 s).");
    }

    @Test
    void testSendsTheTypedApiKey() {
        model.stubFor(
                post(urlPathEqualTo(PATH))
                        .willReturn(
                                aResponse()
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(LlmFixtures.chatReply(LlmFixtures.VALID_PLAN))));
        vm.apiKey().valueProperty().set(KEY);

        vm.test();

        model.verify(
                postRequestedFor(urlPathEqualTo(PATH))
                        .withHeader("Authorization", equalTo("Bearer " + KEY)));
    }

    @Test
    void aFailingServerIsReportedInPlainWords() {
        model.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(500)));

        vm.test();

        assertThat(vm.testResult().failedProperty().get()).isTrue();
        assertThat(vm.testResult().messageProperty().get())
                .startsWith("The writer did not answer: ")
                .contains("500")
                .doesNotContain("Exception");
    }

    @Test
    void anAddressWithoutHttpIsRefusedNextToTheField() {
        vm.openAiUrl().valueProperty().set("localhost:11434");

        vm.test();

        assertThat(vm.openAiUrl().errorProperty().get()).startsWith("Give the server's address");
        assertThat(model.getAllServeEvents()).isEmpty();
    }

    @Test
    void savingWritesTheWriterAndKeepsTheKeyEncrypted() throws Exception {
        vm.apiKey().valueProperty().set(KEY);
        vm.timeLimit().valueProperty().set("20");

        vm.save();

        var loaded = PrepConfigLoader.load(dir);
        assertThat(loaded.materials.writer).isEqualTo("openai");
        assertThat(loaded.materials.openai.base_url).isEqualTo(model.baseUrl() + "/v1");
        assertThat(loaded.materials.time_limit_seconds).isEqualTo(20);
        assertThat(vm.apiKeyMaskProperty().get()).isEqualTo("sk-…WXYZ set");
        assertThat(f.secretFiles()).doesNotContain(KEY).doesNotContain("1234567890abcdef");
    }

    @Test
    void theBedrockRegionIsCheckedWhenBedrockIsChosen() {
        vm.writerProperty().set("bedrock");
        vm.bedrockRegion().valueProperty().set("nowhere");

        vm.save();

        assertThat(vm.bedrockRegion().errorProperty().get())
                .isEqualTo("Use an AWS region name such as us-east-1 or eu-west-1.");
        assertThat(vm.status().failedProperty().get()).isTrue();
    }

    @Test
    void anotherWritersHalfTypedFieldsAreNotSaved() {
        vm.bedrockRegion().valueProperty().set("nowhere");

        vm.save();

        assertThat(vm.status().failedProperty().get()).isFalse();
        assertThat(PrepConfigLoader.load(dir).materials.bedrock.region).isEqualTo("us-east-1");
    }
}
