package com.execassistant.desktop.notify.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnsFailuresTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Reason: +14155550123 is opted out      | Reason: +*******0123 is opted out
                    number 14155550123 refused             | number +*******0123 refused
                    call +44 20 7946 0958 later            | call +********0958 later
                    request 12345 failed at 10:00          | request 12345 failed at 10:00
                    id 0000000000000000000 unknown         | id *****************00 unknown
                    """)
    void numbersInSnsMessagesAreMaskedBeforeLogging(String message, String logged) {
        assertThat(SnsFailures.maskNumbers(message)).isEqualTo(logged);
    }
}
