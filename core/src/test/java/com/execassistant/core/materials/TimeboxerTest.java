package com.execassistant.core.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeboxerTest {

    private static List<Integer> weights(String spaced) {
        return Arrays.stream(spaced.trim().split("\\s+")).map(Integer::valueOf).toList();
    }

    @ParameterizedTest(name = "{0} min over weights {1}")
    @CsvSource({
        "15, 3 3 3 2 2 2 2 1",
        "30, 3 3 3 2 2 2 2 1",
        "45, 3 1",
        "60, 3 3 3 2 2 2 2 1",
        "90, 5 1 1 1 1 2 2 1",
        "120, 1",
        "180, 3 4 4 2 2 2 2 2 2 1",
        "7, 3 2 1",
        "61, 3 3 3 2 2 1",
    })
    void minutes_add_up_exactly_and_every_section_gets_some(int total, String w) {
        List<Integer> minutes = Timeboxer.allocate(total, weights(w));

        assertThat(minutes).hasSameSizeAs(weights(w));
        assertThat(minutes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(minutes).allSatisfy(m -> assertThat(m).isPositive());
    }

    @ParameterizedTest(name = "{0} min over weights {1} -> {2}")
    @CsvSource({
        "60, 2 1 1, 30 15 15",
        "30, 1 1 1 1, 10 10 5 5",
        "15, 1 1 1 1, 4 4 4 3",
        "90, 3 3 2 1, 30 30 20 10",
    })
    void time_follows_weight_in_five_minute_steps_when_it_can(int total, String w, String want) {
        assertThat(Timeboxer.allocate(total, weights(w))).isEqualTo(weights(want));
    }

    @Test
    void with_fewer_minutes_than_sections_the_lightest_wait_for_spare_time() {
        assertThat(Timeboxer.allocate(2, List.of(1, 3, 1, 2))).containsExactly(0, 1, 0, 1);
    }

    @Test
    void a_section_without_positive_weight_is_refused() {
        assertThatThrownBy(() -> Timeboxer.allocate(30, List.of(1, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive weight");
    }
}
