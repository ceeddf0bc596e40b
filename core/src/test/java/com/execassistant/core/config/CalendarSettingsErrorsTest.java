package com.execassistant.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A wrong setting in the user's calendar.yaml is reported at its place in that file. */
class CalendarSettingsErrorsTest {

    @TempDir Path workspace;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "|",
            textBlock =
                    """
                    negative days           | sync:\\n  days_ahead: -3                                     | 2 | days_ahead under sync is negative (-3)
                    misspelt key            | sync:\\n  days_ahed: 30                                      | 2 | did you mean "days_ahead"?
                    hours as text           | sync:\\n  interval_hours: "2h"                               | 2 | interval_hours under sync must be a whole number of hours
                    list instead of number  | sync:\\n  days_ahead: [14]                                   | 2 | but it is a list
                    section as a number     | sync: 14                                                   | 1 | the value under sync must be a map of keys
                    zero rate limit         | rate_limits:\\n  requests_per_minute: 0                      | 2 | is 0, outside the allowed range
                    unknown provider        | providers:\\n  outlook:\\n    scopes: []                   | 2 | unknown key "outlook" under providers
                    not a web address       | providers:\\n  google:\\n    api_root_url: "not a url"      | 3 | api_root_url under google is not a web address
                    no scopes               | providers:\\n  google:\\n    scopes: []                     | 3 | scopes under google is empty
                    max delay below base    | retry:\\n  base_delay_ms: 5000\\n  max_delay_ms: 100        | 3 | max_delay_ms under retry (100) is smaller than base_delay_ms (5000)
                    unknown top-level key   | sync:\\n  days_ahead: 3\\nratelimits:\\n  x: 1              | 3 | did you mean "rate_limits"?
                    list instead of settings | - days_ahead: 30                                          | 1 | the file must hold settings as keys
                    YAML syntax             | sync:\\n  days_ahead: 3\\n days_behind: 1                   | 3 | not valid YAML
                    """)
    void stopsWithOneMessageNamingFileLineAndFix(
            String caseName, String yaml, int line, String fragment) {
        Path file = Workspaces.write(workspace, "calendar.yaml", yaml.replace("\\n", "\n") + "\n");

        ConfigException e =
                catchThrowableOfType(
                        ConfigException.class, () -> ConfigLoader.forWorkspace(workspace).load());

        assertThat(e).as(caseName).isNotNull();
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        assertThat(e.getMessage())
                .startsWith("Invalid configuration in " + file + " at line " + line)
                .contains(List.of(". Fix: ", fragment));
    }
}
