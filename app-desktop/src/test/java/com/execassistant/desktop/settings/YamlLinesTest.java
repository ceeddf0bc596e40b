package com.execassistant.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** prep.yaml edited in place: values replaced where they stand, comments and order kept. */
class YamlLinesTest {

    private static final String FILE =
            """
            # top comment
            notifications:
              tray: true            # show balloons
              slack:
                user_id: ""        # your id
              custom_key: 7

            working_hours:
              start: "08:00"
            """;

    @Test
    void aValueIsReplacedWithItsCommentKeptInItsColumn() {
        YamlLines y = new YamlLines(FILE);

        y.set("notifications.tray", "false");

        assertThat(y.text()).contains("  tray: false           # show balloons\n");
    }

    @Test
    void aNestedValueIsReplacedAndEverythingElseStays() {
        YamlLines y = new YamlLines(FILE);

        y.set("notifications.slack.user_id", YamlLines.quoted("U0EXEC"));

        assertThat(y.text())
                .isEqualTo(FILE.replace("user_id: \"\"        #", "user_id: \"U0EXEC\"  #"));
    }

    @Test
    void aMissingKeyIsAddedAtTheEndOfItsBlock() {
        YamlLines y = new YamlLines(FILE);

        y.set("working_hours.end", YamlLines.quoted("17:00"));

        assertThat(y.text()).endsWith("  start: \"08:00\"\n  end: \"17:00\"\n");
    }

    @Test
    void aMissingBlockIsAddedWithItsKey() {
        YamlLines y = new YamlLines(FILE);

        y.set("notifications.sms.phone", YamlLines.quoted("+14155550123"));

        assertThat(y.text())
                .contains("  custom_key: 7\n  sms:\n    phone: \"+14155550123\"\n\nworking_hours:");
    }

    @Test
    void anEmptyFileGetsTheWholePath() {
        YamlLines y = new YamlLines("");

        y.set("materials.openai.model", YamlLines.quoted("qwen"));

        assertThat(y.text()).isEqualTo("materials:\n  openai:\n    model: \"qwen\"\n");
    }

    @Test
    void aHashInsideQuotesIsNotAComment() {
        assertThat(YamlLines.replaceValue("  model: \"a#b\"  # note", "\"c\""))
                .isEqualTo("  model: \"c\"    # note");
    }

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertThat(YamlLines.quoted("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    }
}
