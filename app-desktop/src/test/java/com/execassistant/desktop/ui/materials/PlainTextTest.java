package com.execassistant.desktop.ui.materials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void theAgendaBecomesReadableLinesWithoutTagsOrStyles() {
        String html =
                "<!DOCTYPE html><html><head><title>Agenda</title><style>body{color:#222}</style>"
                        + "</head><body><h1>Agenda: Q4 QBR</h1>\n<ol>\n<li><strong>Intro</strong>"
                        + " <span class=\"time\">(10:00)</span>\n<ul>\n<li>R&amp;D &lt;plan&gt;"
                        + "</li>\n</ul>\n</li>\n</ol></body></html>";

        assertThat(PlainText.of(html)).isEqualTo("Agenda: Q4 QBR\n- Intro (10:00)\n- R&D <plan>\n");
    }
}
