package com.execassistant.desktop.notify.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GsmTextTest {

    @ParameterizedTest(name = "[{0}] is {1} long, GSM {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Hello                | 5 | true
                    Zürich Ñandù à £5    | 17 | true
                    price €5 [net]       | 17 | true
                    四半期                 | 3 | false
                    café ☕               | 6 | false
                    """)
    void lengthCountsWhatTheNetworkCounts(String text, int length, boolean gsm) {
        assertThat(GsmText.isGsm(text)).isEqualTo(gsm);
        assertThat(GsmText.length(text)).isEqualTo(length);
        assertThat(GsmText.limit(text)).isEqualTo(gsm ? 160 : 134);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    a – b — c         | a - b - c
                    wait…             | wait...
                    Ångström Łukasz   | Ångström Lukasz
                    """)
    void normalizeBringsTextIntoTheGsmAlphabet(String text, String expected) {
        assertThat(GsmText.normalize(text)).isEqualTo(expected);
    }

    @Test
    void curlyQuotesBecomeStraightOnes() {
        assertThat(GsmText.normalize("‘quoted’ “twice”")).isEqualTo("'quoted' \"twice\"");
    }

    @Test
    void anyWhiteSpaceRunBecomesOneSpace() {
        assertThat(GsmText.normalize(" a\u00a0 \t\nb ")).isEqualTo("a b");
    }

    @Test
    void controlCharactersAreDropped() {
        assertThat(GsmText.normalize("a\u0007b")).isEqualTo("ab");
    }
}
