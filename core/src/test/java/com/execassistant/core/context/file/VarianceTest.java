package com.execassistant.core.context.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VarianceTest {

    @ParameterizedTest(name = "planned {0}, actual {1}, tolerance {2}% -> {3}")
    @CsvSource({
        "1200000, 1344000, 2, over by 12%",
        "100,     100,     2, on plan",
        "100,     101,     2, on plan",
        "100,     99,      2, on plan",
        "100,     102,     2, over by 2%",
        "100,     98,      2, under by 2%",
        "100,     50,      2, under by 50%",
        "100,     100.5,   0, over by 1%",
        "100,     104,     5, on plan",
        "0,       0,       2, on plan",
        "0,       5000,    2, unplanned spend",
    })
    void describesTheDifferenceFromPlan(
            String planned, String actual, int tolerance, String expected) {
        BigDecimal plan = new BigDecimal(planned);

        Variance variance = Variance.of(plan, new BigDecimal(actual), tolerance);

        assertThat(variance.status(plan)).isEqualTo(expected);
    }
}
