package com.execassistant.core.materials.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the OpenAI-compatible writer's settings read an address, and what they refuse. */
class OpenAiSettingsTest {

    @ParameterizedTest
    @CsvSource({
        "http://localhost:11434/v1, http://localhost:11434/v1/chat/completions",
        "http://localhost:11434/v1/, http://localhost:11434/v1/chat/completions",
        "http://localhost:11434, http://localhost:11434/v1/chat/completions",
        "https://api.openai.com/v1, https://api.openai.com/v1/chat/completions",
        "http://gpu-box:8000/openai/v1, http://gpu-box:8000/openai/v1/chat/completions"
    })
    void the_endpoint_is_chat_completions_under_the_api_root(String base, String endpoint) {
        assertThat(OpenAiSettings.of(base, "m").endpoint()).hasToString(endpoint);
    }

    @Test
    void the_time_limit_defaults_to_ten_seconds() {
        assertThat(OpenAiSettings.of("http://localhost:1234/v1", "m").timeLimit())
                .isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void an_address_that_is_not_http_is_refused_plainly() {
        assertThatThrownBy(() -> OpenAiSettings.of("localhost:11434", "m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "The AI writer's address must start with http:// or https://");
    }

    @Test
    void a_missing_model_is_refused_plainly() {
        assertThatThrownBy(() -> OpenAiSettings.of("http://localhost:11434/v1", " "))
                .hasMessage("The AI writer needs a model name.");
    }

    @Test
    void the_server_shown_in_messages_has_no_credentials_or_path() {
        assertThat(OpenAiSettings.of("https://user:pw@llm.example.com:8443/v1?k=1", "m").server())
                .isEqualTo("https://llm.example.com:8443");
    }
}
