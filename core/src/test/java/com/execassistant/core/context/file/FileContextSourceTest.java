package com.execassistant.core.context.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.context.ContextKind;
import com.execassistant.core.context.ContextQueries;
import com.execassistant.core.context.ContextSection;
import com.execassistant.core.context.ContextSourceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileContextSourceTest {

    @TempDir Path folder;

    private ContextSection fetch(ContextKind kind) throws ContextSourceException {
        return new FileContextSource(kind, folder).fetch(ContextQueries.leadershipMeeting());
    }

    private void write(ContextKind kind, String yaml) throws Exception {
        Files.writeString(folder.resolve(FileContextSource.fileName(kind)), yaml);
    }

    @Test
    void aMissingFileIsReportedByName() {
        assertThatThrownBy(() -> fetch(ContextKind.BUDGET))
                .isInstanceOf(DataFileException.class)
                .hasMessage("no data file budget.yaml in the workspace");
    }

    @Test
    void anEmptyFileIsReported() throws Exception {
        write(ContextKind.STAFFING, "# nothing yet\n");

        assertThatThrownBy(() -> fetch(ContextKind.STAFFING)).hasMessage("staffing.yaml is empty");
    }

    @Test
    void anOversizedFileIsRefused() throws Exception {
        write(
                ContextKind.DECISIONS,
                "decisions: []\n" + "#".repeat((int) FileContextSource.MAX_FILE_BYTES));

        assertThatThrownBy(() -> fetch(ContextKind.DECISIONS))
                .hasMessageStartingWith("decisions.yaml is larger than 1 MB");
    }

    @Test
    void anEmptyListIsNewsNotAGap() throws Exception {
        write(ContextKind.INCIDENTS, "incidents: []\n");

        ContextSection section = fetch(ContextKind.INCIDENTS);

        assertThat(section.items()).isEmpty();
        assertThat(section.summary()).isEqualTo("No incidents recorded.");
    }

    @Test
    void theFileIsReadAgainOnEveryFetch() throws Exception {
        write(ContextKind.DECISIONS, "decisions: []\n");
        fetch(ContextKind.DECISIONS);
        write(ContextKind.DECISIONS, "decisions:\n  - question: Ship it?\n");

        assertThat(fetch(ContextKind.DECISIONS).items()).hasSize(1);
    }

    static Stream<Arguments> malformedYaml() {
        return Stream.of(
                Arguments.of(
                        "currency: USD\nlines:\n  - name: Cloud\n    planned: [1, 2\n    actual: 3\n",
                        "budget.yaml line 5: is not valid YAML (expected ',' or ']', but got :)"),
                Arguments.of(
                        "lines:\n  - name: Cloud\n   planned: 5\n",
                        "budget.yaml line 3: is not valid YAML"
                                + " (the indentation does not line up with the lines above)"),
                Arguments.of(
                        "currency: USD\nlines:\n\t- name: x\n",
                        "budget.yaml line 3: is not valid YAML (a tab is used for indentation; use spaces)"),
                Arguments.of(
                        "currency: USD\nlines:\n  - name: Cloud: compute\n",
                        "budget.yaml line 3: is not valid YAML (a value contains ': '; put the value in quotes)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("malformedYaml")
    void malformedYamlIsReportedWithTheFileAndLine(String yaml, String message) throws Exception {
        write(ContextKind.BUDGET, yaml);

        assertThatThrownBy(() -> fetch(ContextKind.BUDGET))
                .isInstanceOf(DataFileException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of(
                        ContextKind.BUDGET,
                        "currency: USD\nlines:\n  - name: Cloud\n    planned: abc\n    actual: 5\n",
                        "budget.yaml line 4: 'planned' must be a number such as 1200000 (no commas or currency signs), not 'abc'"),
                Arguments.of(
                        ContextKind.BUDGET,
                        "currency: USD\nlines:\n  - name: Cloud\n    planned: -5\n    actual: 5\n",
                        "budget.yaml line 4: 'planned' must be zero or more, not '-5'"),
                Arguments.of(
                        ContextKind.BUDGET,
                        "currency: USD\nlines:\n  - name: Cloud\n    actual: 5\n",
                        "budget.yaml line 3: 'planned' is missing"),
                Arguments.of(
                        ContextKind.BUDGET,
                        "lines:\n  - name: Cloud\n    planned: 5\n    actual: 5\n",
                        "budget.yaml line 2: 'currency' is missing (give it on the line or once at the top)"),
                Arguments.of(
                        ContextKind.BUDGET,
                        "currency: USD\nlines:\n  - name: Cloud\n    plannned: 5\n",
                        "budget.yaml line 4: unknown field 'plannned' (expected actual, currency, name, note, owner, period, planned)"),
                Arguments.of(
                        ContextKind.BUDGET,
                        "currency: USD\n",
                        "budget.yaml line 1: 'lines' is missing"),
                Arguments.of(
                        ContextKind.BUDGET,
                        "- name: Cloud\n",
                        "budget.yaml line 1: expected fields such as [currency, lines, period, tolerance_percent] at the top, found a list"),
                Arguments.of(
                        ContextKind.BUDGET,
                        "currency: USD\nlines:\n  - name: Cloud\n    planned: 5\n    planned: 6\n    actual: 5\n",
                        "budget.yaml line 5: 'planned' is given twice"),
                Arguments.of(
                        ContextKind.BIG_ROCKS,
                        "rocks:\n  - name: Launch\n    status: green\n",
                        "big_rocks.yaml line 3: 'status' must be one of at_risk, done, off_track, on_track, not 'green'"),
                Arguments.of(
                        ContextKind.INCIDENTS,
                        "incidents:\n  - id: INC-1\n    severity: high\n    title: Outage\n    status: open\n    date: 2026-02-01\n",
                        "incidents.yaml line 2: 'severity' must be SEV0 to SEV4, not 'high'"),
                Arguments.of(
                        ContextKind.INCIDENTS,
                        "incidents:\n  - id: INC-1\n    severity: SEV1\n    title: Outage\n    status: open\n    date: 2026-02-01\n    follow_ups: Fix it\n",
                        "incidents.yaml line 7: 'follow_ups' must be a list (entries starting with '- '), not 'Fix it'"),
                Arguments.of(
                        ContextKind.STAFFING,
                        "open_reqs:\n  - role: SRE\n    count: 1.5\n",
                        "staffing.yaml line 3: 'count' must be a whole number, not '1.5'"),
                Arguments.of(
                        ContextKind.STAFFING,
                        "departures:\n  - role: SRE\n    regretted: maybe\n",
                        "staffing.yaml line 3: 'regretted' must be true or false, not 'maybe'"),
                Arguments.of(
                        ContextKind.DECISIONS,
                        "decisions:\n  - question: Ship it?\n    due: next friday\n",
                        "decisions.yaml line 3: 'due' must be a date such as 2026-03-06, not 'next friday'"),
                Arguments.of(
                        ContextKind.DECISIONS,
                        "decisions:\n  - Ship it?\n",
                        "decisions.yaml line 2: each entry of 'decisions' needs fields such as [due, note, options, owner, question, recommendation], not 'Ship it?'"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("badFiles")
    void aBadEntryIsReportedWithTheFileLineAndField(ContextKind kind, String yaml, String message)
            throws Exception {
        write(kind, yaml);

        assertThatThrownBy(() -> fetch(kind))
                .isInstanceOf(DataFileException.class)
                .hasMessage(message);
    }
}
