package com.execassistant.core.materials.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.materials.MaterialsException;
import com.execassistant.core.materials.MaterialsException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which chat completion replies carry a usable answer. */
class ChatCompletionTest {

    @Test
    void the_first_choices_message_content_is_the_answer() throws Exception {
        assertThat(ChatCompletion.content(LlmFixtures.chatReply("{\"a\":1}")))
                .isEqualTo("{\"a\":1}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    not JSON      | <html></html>                                                                          | the server's reply is not JSON
                    no choices    | {"choices": []}                                                                        | the server's reply has no choices
                    a refusal     | {"choices": [{"message": {"content": null, "refusal": "I can't"}}]}                    | the model declined to write a plan
                    cut off       | {"choices": [{"finish_reason": "length", "message": {"content": "{\\"sections\\": ["}}]} | the model's answer was cut off before the plan was complete
                    empty content | {"choices": [{"message": {"content": "  "}}]}                                          | the model's answer was empty
                    """)
    void a_reply_without_a_usable_answer_is_invalid_output(
            String rule, String body, String reason) {
        assertThatThrownBy(() -> ChatCompletion.content(body))
                .isInstanceOfSatisfying(
                        MaterialsException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_OUTPUT))
                .hasMessage("The AI writer's answer was unusable: " + reason + ".");
    }
}
