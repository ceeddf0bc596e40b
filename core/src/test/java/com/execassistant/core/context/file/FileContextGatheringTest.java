package com.execassistant.core.context.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.context.ContextGap;
import com.execassistant.core.context.ContextGatherer;
import com.execassistant.core.context.ContextGathering;
import com.execassistant.core.context.ContextKind;
import com.execassistant.core.context.ContextQueries;
import com.execassistant.core.context.ContextSection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gatherer over the file adapter, as a workspace with some files good, one bad, some absent.
 */
class FileContextGatheringTest {

    @TempDir Path workspaceContext;

    @Test
    void goodFilesGiveSectionsWhileBadAndMissingOnesGiveNamedGaps() throws Exception {
        Files.copy(
                SampleContextTest.SAMPLES.resolve("budget.yaml"),
                workspaceContext.resolve("budget.yaml"));
        Files.copy(
                SampleContextTest.SAMPLES.resolve("decisions.yaml"),
                workspaceContext.resolve("decisions.yaml"));
        Files.writeString(
                workspaceContext.resolve("incidents.yaml"),
                "incidents:\n  - id: INC-1\n    severity: SEV1\n    title: Outage\n    status: closed\n    date: 2026-02-01\n");

        ContextGathering result;
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            result =
                    new ContextGatherer(FileContextSource.forAllKinds(workspaceContext), executor)
                            .gather(
                                    ContextQueries.leadershipMeeting(),
                                    EnumSet.allOf(ContextKind.class));
        }

        assertThat(result.bundle().sections())
                .extracting(ContextSection::kind)
                .containsExactly(ContextKind.BUDGET, ContextKind.DECISIONS);
        assertThat(result.bundle().gaps())
                .containsExactly(
                        new ContextGap(
                                ContextKind.BIG_ROCKS,
                                "no data file big_rocks.yaml in the workspace"),
                        new ContextGap(
                                ContextKind.INCIDENTS,
                                "incidents.yaml line 5: 'status' must be one of mitigated, open, resolved, not 'closed'"),
                        new ContextGap(
                                ContextKind.STAFFING,
                                "no data file staffing.yaml in the workspace"));
    }
}
