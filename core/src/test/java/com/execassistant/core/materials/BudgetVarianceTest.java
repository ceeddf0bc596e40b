package com.execassistant.core.materials;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.context.ContextItem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetVarianceTest {

    @ParameterizedTest(name = "status [{0}] planned [{1}] actual [{2}]")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            textBlock =
                    """
                    over by 12%        | -       | -       | over  | 12
                    +8.4%              | -       | -       | over  | 8
                    -6%                | -       | -       | under | -6
                    15% under plan     | -       | -       | under | -15
                    above plan by 3 %  | -       | -       | over  | 3
                    over budget        | -       | -       | over  | -
                    -                  | $380K   | $425.6K | over  | 12
                    on plan            | 1,000   | 900     | under | -10
                    over by 50%        | $1.2M   | $1.2M   | none  | -
                    on plan            | -       | -       | none  | -
                    -                  | EUR 40k | EUR 41k | over  | 3
                    """)
    void variance_is_read_from_amounts_first_then_status(
            String status, String planned, String actual, String direction, Integer percent) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (planned != null) {
            attributes.put("Planned", planned);
            attributes.put("actual", actual);
        }

        Optional<BudgetVariance> v =
                BudgetVariance.of(new ContextItem("Line", null, status, attributes));

        if (direction.equals("none")) {
            assertThat(v).isEmpty();
        } else {
            assertThat(v).contains(new BudgetVariance(direction.equals("over"), percent));
        }
    }
}
