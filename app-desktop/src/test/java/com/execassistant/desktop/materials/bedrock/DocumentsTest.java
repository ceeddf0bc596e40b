package com.execassistant.desktop.materials.bedrock;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.materials.llm.PlanSchema;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Plans and schemas survive the trip through the AWS SDK's document type. */
class DocumentsTest {

    @Test
    void the_plan_schema_round_trips_unchanged() {
        assertThat(Documents.toJson(Documents.of(PlanSchema.schema())))
                .isEqualTo(PlanSchema.schema());
    }

    @Test
    void whole_numbers_stay_integral_and_fractions_stay_fractional() throws Exception {
        JsonNode json =
                new ObjectMapper().readTree("{\"minutes\": 20, \"share\": 0.25, \"ok\": true}");

        JsonNode back = Documents.toJson(Documents.of(json));

        assertThat(back.get("minutes").isIntegralNumber()).isTrue();
        assertThat(back.get("minutes").intValue()).isEqualTo(20);
        assertThat(back.get("share").doubleValue()).isEqualTo(0.25);
        assertThat(back.get("ok").booleanValue()).isTrue();
    }
}
