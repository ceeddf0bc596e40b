package com.execassistant.desktop.notify.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    +14155550123         | +14155550123
                    +1 (415) 555-0123    | +14155550123
                    +44 20 7946 0958     | +442079460958
                    +49.30.1234567       | +49301234567
                    ' +6831234 '         | +6831234
                    """)
    void internationalNumbersAreReadWithTheirUsualSeparators(String text, String e164) {
        assertThat(PhoneNumber.of(text).e164()).isEqualTo(e164);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    4155550123       | start with + and the country code
                    0044207946095    | write + instead of the leading 00
                    +1 415 CALL NOW  | use digits only after the +
                    +0123456789      | it needs 7 to 15 digits after the +, the first not 0
                    +12345           | it needs 7 to 15 digits after the +, the first not 0
                    +1234567890123456| it needs 7 to 15 digits after the +, the first not 0
                    """)
    void malformedNumbersAreRefusedWithAHint(String text, String hint) {
        assertThatThrownBy(() -> PhoneNumber.of(text))
                .isInstanceOf(SmsSettingsException.class)
                .hasMessage(
                        "The SMS phone number is not in international form ("
                                + hint
                                + "), for example +14155550123.");
    }

    @Test
    void anEmptyNumberIsRefused() {
        assertThatThrownBy(() -> PhoneNumber.of("  "))
                .isInstanceOf(SmsSettingsException.class)
                .hasMessage("The SMS phone number is empty.");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "+14155550123, +*******0123",
        "+442079460958, +********0958",
        "+49301234567, +*******4567",
        "+6831234, +*****34",
        "+35312345, +******45"
    })
    void maskingShowsOnlyTheLastDigits(String number, String masked) {
        PhoneNumber phone = PhoneNumber.of(number);

        assertThat(phone.masked()).isEqualTo(masked);
        assertThat(phone.toString()).isEqualTo(masked);
    }

    @Test
    void numbersWrittenDifferentlyAreEqual() {
        assertThat(PhoneNumber.of("+1 415 555 0123")).isEqualTo(PhoneNumber.of("+14155550123"));
    }
}
