package com.execassistant.core.context.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.context.ContextItem;
import com.execassistant.core.context.ContextKind;
import com.execassistant.core.context.ContextQueries;
import com.execassistant.core.context.ContextQuery;
import com.execassistant.core.context.ContextSection;
import com.execassistant.core.context.ContextSourceException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sample data shipped for the demo workspace reads, and reads the way the docs say. */
class SampleContextTest {

    /** Tests run in the core module; the samples live in the repository's config folder. */
    static final Path SAMPLES = Path.of("..", "config", "sample-context");

    private static ContextSection read(ContextKind kind, ContextQuery query)
            throws ContextSourceException {
        return new FileContextSource(kind, SAMPLES).fetch(query);
    }

    private static ContextSection read(ContextKind kind) throws ContextSourceException {
        return read(kind, ContextQueries.leadershipMeeting());
    }

    @ParameterizedTest
    @EnumSource(ContextKind.class)
    void everySampleFileReads(ContextKind kind) throws Exception {
        ContextSection section = read(kind);

        assertThat(section.kind()).isEqualTo(kind);
        assertThat(section.summary()).isNotBlank();
        assertThat(section.items())
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.title()).isNotBlank());
    }

    @Test
    void budgetListsOverrunsFirstLargestFirst() throws Exception {
        ContextSection budget = read(ContextKind.BUDGET);

        assertThat(budget.items())
                .extracting(ContextItem::title, ContextItem::status)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple("Observability tooling", "over by 15%"),
                        org.assertj.core.groups.Tuple.tuple("Cloud infrastructure", "over by 12%"),
                        org.assertj.core.groups.Tuple.tuple("Software licences", "over by 4%"));
        assertThat(budget.summary())
                .isEqualTo(
                        "7 budget lines for 2026-Q1: 3 over, 2 under, 2 on plan;"
                                + " largest overrun Observability tooling (over by 15%).");
    }

    @Test
    void budgetLineCarriesTheFiguresBehindItsStatus() throws Exception {
        ContextItem cloud = read(ContextKind.BUDGET).items().get(1);

        assertThat(cloud.attributes())
                .containsExactly(
                        java.util.Map.entry("planned", "1,200,000 USD"),
                        java.util.Map.entry("actual", "1,344,000 USD"),
                        java.util.Map.entry("variance", "+144,000 USD (+12%)"),
                        java.util.Map.entry("period", "2026-Q1"),
                        java.util.Map.entry("owner", "Priya Raman"));
        assertThat(cloud.detail()).startsWith("Extra capacity in eu-west");
    }

    @Test
    void bigRocksListTheTroubledOnesFirstAndNameThem() throws Exception {
        ContextSection rocks = read(ContextKind.BIG_ROCKS);

        assertThat(rocks.items())
                .extracting(ContextItem::status)
                .containsExactly("off track", "at risk", "on track", "on track", "done");
        assertThat(rocks.summary())
                .isEqualTo(
                        "5 big rocks: 1 off track (Platform reliability program),"
                                + " 1 at risk (EU data residency), 2 on track, 1 done.");
    }

    @Test
    void incidentsAreOrderedBySeverityThenMostRecent() throws Exception {
        ContextSection incidents = read(ContextKind.INCIDENTS);

        assertThat(incidents.items())
                .extracting(i -> i.attributes().get("id"))
                .containsExactly("INC-2291", "INC-2310", "INC-2304", "INC-2276");
        assertThat(incidents.summary())
                .isEqualTo(
                        "4 incidents (1 SEV1, 2 SEV2, 1 SEV3), 2 not yet resolved, 7 follow-ups listed.");
    }

    @Test
    void staffingSumsUpHeadcountAndHiring() throws Exception {
        ContextSection staffing = read(ContextKind.STAFFING);

        assertThat(staffing.summary())
                .isEqualTo(
                        "2026-Q1: headcount 171 of 182 planned; 6 open reqs, 2 hires, 2 departures (1 regretted).");
        assertThat(staffing.items().getFirst())
                .isEqualTo(
                        new ContextItem(
                                "Open req: Senior Site Reliability Engineer, Platform (2)",
                                null,
                                "interviewing",
                                java.util.Map.of(
                                        "team", "Platform", "count", "2", "opened", "2026-01-12")));
        assertThat(staffing.items()).hasSize(11);
    }

    @Test
    void decisionsDueBeforeTheMeetingAreOverdue() throws Exception {
        ContextSection decisions =
                read(
                        ContextKind.DECISIONS,
                        ContextQueries.leadershipMeetingAt("2026-03-10T15:00:00Z"));

        assertThat(decisions.items())
                .extracting(ContextItem::status)
                .containsExactly(
                        "overdue since 2026-03-06",
                        "due 2026-03-13",
                        "due 2026-03-20",
                        "no due date");
        assertThat(decisions.summary())
                .isEqualTo(
                        "4 decisions pending, 1 overdue; first due 2026-03-06:"
                                + " Move EU customers to the Frankfurt region in Q2?");
    }

    @Test
    void decisionsDueAfterTheMeetingAreNotOverdue() throws Exception {
        ContextSection decisions =
                read(
                        ContextKind.DECISIONS,
                        ContextQueries.leadershipMeetingAt("2026-03-02T15:00:00Z"));

        assertThat(decisions.items().getFirst().status()).isEqualTo("due 2026-03-06");
        assertThat(decisions.summary()).startsWith("4 decisions pending; first due 2026-03-06");
    }
}
