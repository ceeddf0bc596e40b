package com.execassistant.desktop.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayLabelsTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest(name = "{0} is labelled {1}")
    @CsvSource({
        "2026-11-24, Today",
        "2026-11-25, Tomorrow",
        "2026-11-26, Thu 26 Nov",
        "2026-12-01, Tue 1 Dec",
        "2026-11-23, Earlier - Mon 23 Nov"
    })
    void daysAreLabelledAsPeopleSayThem(LocalDate day, String label) {
        assertThat(DayLabels.of(day, TUESDAY)).isEqualTo(label);
    }
}
