package com.execassistant.desktop.ui.materials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MadeByTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant AT = Instant.parse("2026-11-24T08:12:00Z");

    @Test
    void saysTheWriterTheLocalTimeAndHowLongItTook() {
        assertThat(MadeBy.sentence("template", AT, 40L, PARIS))
                .isEqualTo("Made by the template writer on Tue 24 Nov at 09:12, in 40 ms.");
    }

    @Test
    void aFallbackKeepsItsExplanationAfterTheWriter() {
        assertThat(MadeBy.sentence("template (fallback from bedrock)", AT, 31_250L, PARIS))
                .isEqualTo(
                        "Made by the template writer (fallback from bedrock) on Tue 24 Nov at"
                                + " 09:12, in 31.3 s.");
    }

    @Test
    void anUnrecordedDurationIsLeftOut() {
        assertThat(MadeBy.sentence("openai", AT, null, PARIS))
                .isEqualTo("Made by the openai writer on Tue 24 Nov at 09:12.");
    }

    @Test
    void longDurationsReadInMinutes() {
        assertThat(MadeBy.duration(125_000)).isEqualTo("2 min 5 s");
    }
}
