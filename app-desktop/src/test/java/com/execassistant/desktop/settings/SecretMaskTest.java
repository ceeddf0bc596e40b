package com.execassistant.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A stored secret is shown by its kind and last four characters at most. */
class SecretMaskTest {

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "xoxb-123456789012-abcdef7f3a | xoxb-…7f3a set",
                "xapp-1-A0B1C2-9876543210-ffff | xapp-…ffff set",
                "sk-proj-abcdefghijklmnop1234 | sk-…1234 set",
                "0123456789abcdefABCD | …ABCD set",
                "short-key | set (hidden)",
                "'' | not set"
            })
    void secretsAreMasked(String secret, String shown) {
        assertThat(SecretMask.of(secret)).isEqualTo(shown);
    }
}
