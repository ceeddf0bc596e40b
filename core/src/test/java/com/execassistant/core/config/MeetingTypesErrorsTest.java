package com.execassistant.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a user's meeting_types.yaml can be wrong stops loading with one message that names the
 * file, the line and the fix.
 */
class MeetingTypesErrorsTest {

    /** A valid file; each case below changes some of its lines. */
    private static final String VALID =
            """
            meeting_types:
              qbr:
                keywords: ["QBR"]
                required_attendees_min: 20
                prep_hours_before: 336
                prep_questions: ["A?", "B?", "C?"]
                context_required: [budget, decisions]
              default:
                prep_hours_before: 24
                prep_questions: ["A?", "B?", "C?"]
            """;

    @TempDir Path workspace;

    /** Replaces lines (1-based) of the valid file; an empty replacement deletes the line. */
    private static String edit(Map<Integer, String> replacements) {
        List<String> lines = new ArrayList<>(Arrays.asList(VALID.split("\n")));
        new TreeMap<>(replacements)
                .descendingMap()
                .forEach(
                        (line, text) -> {
                            if (text.isEmpty()) {
                                lines.remove(line - 1);
                            } else {
                                lines.set(line - 1, text);
                            }
                        });
        return String.join("\n", lines) + "\n";
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of(
                        "YAML syntax: key indented wrongly",
                        edit(Map.of(5, "   prep_hours_before: 336")),
                        5,
                        List.of("not valid YAML", "indentation")),
                Arguments.of(
                        "YAML syntax: tab indentation",
                        edit(Map.of(5, "\tprep_hours_before: 336")),
                        5,
                        List.of("not valid YAML", "indent with spaces")),
                Arguments.of(
                        "YAML syntax: unclosed quote",
                        edit(Map.of(3, "    keywords: [\"QBR]")),
                        6,
                        List.of(
                                "not valid YAML",
                                "while parsing a list in brackets started at line 3",
                                "every quote closed")),
                Arguments.of(
                        "unknown key with a likely typo",
                        edit(Map.of(5, "    prep_hour_before: 336")),
                        5,
                        List.of(
                                "unknown key \"prep_hour_before\" in type \"qbr\"",
                                "did you mean \"prep_hours_before\"?")),
                Arguments.of(
                        "unknown key with no close match",
                        edit(Map.of(7, "    colour: blue")),
                        7,
                        List.of("unknown key \"colour\"", "use one of the known keys: keywords,")),
                Arguments.of(
                        "unknown top-level key",
                        edit(Map.of(1, "meeting_type:")),
                        1,
                        List.of("unknown key \"meeting_type\"", "did you mean \"meeting_types\"?")),
                Arguments.of(
                        "hours as text",
                        edit(Map.of(5, "    prep_hours_before: \"two weeks\"")),
                        5,
                        List.of(
                                "prep_hours_before in type \"qbr\" must be a whole number of hours,"
                                        + " but it is text (\"two weeks\")",
                                "write a number such as prep_hours_before: 1")),
                Arguments.of(
                        "hours with a fraction",
                        edit(Map.of(5, "    prep_hours_before: 1.5")),
                        5,
                        List.of("must be a whole number of hours")),
                Arguments.of(
                        "negative hours",
                        edit(Map.of(5, "    prep_hours_before: -5")),
                        5,
                        List.of(
                                "prep_hours_before in type \"qbr\" is negative (-5)",
                                "use a number of hours from 1 to")),
                Arguments.of(
                        "zero hours",
                        edit(Map.of(5, "    prep_hours_before: 0")),
                        5,
                        List.of("is 0, outside the allowed range")),
                Arguments.of(
                        "negative reminder",
                        edit(
                                Map.of(
                                        5,
                                        "    prep_hours_before: 336\n    reminder_hours_before: -1")),
                        6,
                        List.of("reminder_hours_before in type \"qbr\" is negative (-1)")),
                Arguments.of(
                        "missing prep hours",
                        edit(Map.of(5, "")),
                        2,
                        List.of("the key \"prep_hours_before\" is missing in type \"qbr\"")),
                Arguments.of(
                        "type without prep questions",
                        edit(Map.of(6, "")),
                        2,
                        List.of(
                                "the key \"prep_questions\" is missing in type \"qbr\"",
                                "add it, for example: prep_questions:")),
                Arguments.of(
                        "too few questions",
                        edit(Map.of(6, "    prep_questions: [\"A?\", \"B?\"]")),
                        6,
                        List.of(
                                "prep_questions in type \"qbr\" has 2 questions; the prep chat asks"
                                        + " 3 to 5",
                                "add questions until there are at least 3")),
                Arguments.of(
                        "empty question list",
                        edit(Map.of(6, "    prep_questions: []")),
                        6,
                        List.of("has 0 questions")),
                Arguments.of(
                        "too many questions",
                        edit(
                                Map.of(
                                        6,
                                        "    prep_questions: [\"A\", \"B\", \"C\", \"D\", \"E\", \"F\"]")),
                        6,
                        List.of("has 6 questions", "keep the 5 that matter most")),
                Arguments.of(
                        "questions as one text",
                        edit(Map.of(6, "    prep_questions: \"What matters?\"")),
                        6,
                        List.of("prep_questions in type \"qbr\" must be a list")),
                Arguments.of(
                        "blank question",
                        edit(Map.of(6, "    prep_questions: [\"A?\", \"\", \"C?\"]")),
                        6,
                        List.of(
                                "each item of prep_questions in type \"qbr\" must be a piece of text")),
                Arguments.of(
                        "misspelt context source",
                        edit(Map.of(7, "    context_required: [budgets]")),
                        7,
                        List.of(
                                "unknown context source \"budgets\" in type \"qbr\"",
                                "did you mean \"budget\"?",
                                "Valid sources: budget, big_rocks, incidents, staffing, decisions")),
                Arguments.of(
                        "unknown context source",
                        edit(Map.of(7, "    context_required: [budget, weather]")),
                        7,
                        List.of("unknown context source \"weather\"", "Valid sources: budget,")),
                Arguments.of(
                        "context source listed twice",
                        edit(Map.of(7, "    context_required: [budget, Budget]")),
                        7,
                        List.of("\"Budget\" is listed twice")),
                Arguments.of(
                        "no default type",
                        edit(Map.of(8, "", 9, "", 10, "")),
                        1,
                        List.of("there is no \"default\" type", "add a type named default")),
                Arguments.of(
                        "default with keywords",
                        edit(Map.of(8, "  default:\n    keywords: [misc]")),
                        9,
                        List.of("the default type cannot have keywords")),
                Arguments.of(
                        "default with attendee rule",
                        edit(Map.of(8, "  default:\n    attendee_count: 3")),
                        9,
                        List.of("the default type cannot have attendee rules")),
                Arguments.of(
                        "type that would match everything",
                        edit(Map.of(3, "", 4, "")),
                        2,
                        List.of(
                                "type \"qbr\" has neither keywords nor attendee rules",
                                "the catch-all is the default type")),
                Arguments.of(
                        "exact count and minimum together",
                        edit(Map.of(4, "    required_attendees_min: 20\n    attendee_count: 2")),
                        4,
                        List.of(
                                "required_attendees_min in type \"qbr\" contradicts attendee_count")),
                Arguments.of(
                        "maximum below minimum",
                        edit(
                                Map.of(
                                        4,
                                        "    required_attendees_min: 20\n    required_attendees_max: 10")),
                        5,
                        List.of(
                                "required_attendees_max in type \"qbr\" (10) is smaller than"
                                        + " required_attendees_min (20)")),
                Arguments.of(
                        "attendee count as text",
                        edit(Map.of(4, "    required_attendees_min: twenty")),
                        4,
                        List.of("must be a whole number of people")),
                Arguments.of(
                        "type listed twice",
                        edit(Map.of(8, "  qbr:\n  default:")),
                        8,
                        List.of(
                                "the key \"qbr\" appears twice in the same place (first at line 2)")),
                Arguments.of(
                        "keyword of punctuation only",
                        edit(Map.of(3, "    keywords: [\"QBR\", \"--\"]")),
                        3,
                        List.of("the keyword \"--\" in type \"qbr\" has no letter or digit")),
                Arguments.of(
                        "type name with spaces",
                        edit(Map.of(2, "  Quarterly Review:")),
                        2,
                        List.of("\"Quarterly Review\" is not a plain lower-case name")),
                Arguments.of(
                        "type that is not a map",
                        edit(Map.of(2, "  qbr: 5", 3, "", 4, "", 5, "", 6, "", 7, "")),
                        2,
                        List.of(
                                "the value in type \"qbr\" must be a map of keys, but it is the number 5")),
                Arguments.of(
                        "no types at all",
                        "meeting_types: {}\n",
                        1,
                        List.of("meeting_types must hold the meeting types by name")),
                Arguments.of(
                        "two documents",
                        VALID + "---\nfoo: 1\n",
                        12,
                        List.of("more than one YAML document")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void stopsWithOneMessageNamingFileLineAndFix(
            String caseName, String yaml, int line, List<String> fragments) {
        Path file = Workspaces.write(workspace, "meeting_types.yaml", yaml);

        ConfigException e =
                catchThrowableOfType(
                        ConfigException.class, () -> ConfigLoader.forWorkspace(workspace).load());

        assertThat(e).as(caseName).isNotNull();
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        assertThat(e.getMessage())
                .startsWith("Invalid configuration in " + file + " at line " + line + ", column ")
                .contains(". Fix: ")
                .doesNotContain("\n")
                .contains(fragments);
    }
}
