package com.execassistant.core.context;

import static com.execassistant.core.context.ContextKind.BIG_ROCKS;
import static com.execassistant.core.context.ContextKind.BUDGET;
import static com.execassistant.core.context.ContextKind.DECISIONS;
import static com.execassistant.core.context.ContextKind.INCIDENTS;
import static com.execassistant.core.context.ContextKind.STAFFING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.context.SourceFigure.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContextGathererTest {

    /** Far longer than any test should wait: a limit that is never meant to be reached. */
    private static final Duration NEVER = Duration.ofSeconds(30);

    private static final Set<ContextKind> ALL = EnumSet.allOf(ContextKind.class);

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    private ContextGathering gather(
            List<? extends ContextSource> sources, Duration limit, Collection<ContextKind> required)
            throws InterruptedException {
        return new ContextGatherer(sources, executor, limit)
                .gather(ContextQueries.leadershipMeeting(), required);
    }

    private static List<FakeContextSource> givingAll() {
        return ALL.stream().map(FakeContextSource::giving).toList();
    }

    @Test
    void runsTheSourcesAtTheSameTime() throws Exception {
        // Each source waits until all five have started: run one after another, the first
        // would give up and leave a gap.
        CountDownLatch allStarted = new CountDownLatch(ALL.size());
        List<FakeContextSource> sources = new ArrayList<>();
        for (ContextKind kind : ALL) {
            sources.add(
                    new FakeContextSource(
                            kind,
                            q -> {
                                allStarted.countDown();
                                if (!allStarted.await(10, TimeUnit.SECONDS)) {
                                    throw new ContextSourceException("ran alone");
                                }
                                return FakeContextSource.section(kind);
                            }));
        }

        ContextGathering result = gather(sources, NEVER, ALL);

        assertThat(result.bundle().gaps()).isEmpty();
        assertThat(result.bundle().sections()).hasSize(5);
    }

    @Test
    void aSourceThatTimesOutBecomesAGapWhileTheOthersArePresent() throws Exception {
        // The limit is a gross bound for the four quick sources, which return at once.
        List<FakeContextSource> sources = new ArrayList<>(givingAll());
        sources.set(INCIDENTS.ordinal(), FakeContextSource.hanging(INCIDENTS));

        ContextGathering result = gather(sources, Duration.ofSeconds(2), ALL);

        assertThat(result.bundle().gaps())
                .containsExactly(new ContextGap(INCIDENTS, "timed out after 2 s"));
        assertThat(result.bundle().sections())
                .extracting(ContextSection::kind)
                .containsExactly(BUDGET, BIG_ROCKS, STAFFING, DECISIONS);
        assertThat(result.figure(INCIDENTS).orElseThrow().outcome()).isEqualTo(Outcome.TIMED_OUT);
    }

    @Test
    void aSourceThatTimesOutIsInterrupted() throws Exception {
        FakeContextSource hanging = FakeContextSource.hanging(BUDGET);

        gather(List.of(hanging), Duration.ofMillis(100), Set.of(BUDGET));

        assertThat(hanging.interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aTimeLimitUnderASecondIsWrittenInMilliseconds() throws Exception {
        ContextGathering result =
                gather(
                        List.of(FakeContextSource.hanging(BUDGET)),
                        Duration.ofMillis(100),
                        Set.of(BUDGET));

        assertThat(result.bundle().gaps())
                .containsExactly(new ContextGap(BUDGET, "timed out after 100 ms"));
    }

    @Test
    void aSourceThatFailsBecomesAGapWithItsReason() throws Exception {
        List<FakeContextSource> sources = new ArrayList<>(givingAll());
        sources.set(
                BUDGET.ordinal(),
                FakeContextSource.failingWith(
                        BUDGET,
                        new ContextSourceException("no data file budget.yaml in the workspace")));

        ContextGathering result = gather(sources, NEVER, ALL);

        assertThat(result.bundle().gaps())
                .containsExactly(
                        new ContextGap(BUDGET, "no data file budget.yaml in the workspace"));
        assertThat(result.bundle().sections()).hasSize(4);
        assertThat(result.figure(BUDGET).orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aSourceThatCrashesBecomesAPlainGapWithoutTheTechnicalDetail() throws Exception {
        FakeContextSource crashing =
                FakeContextSource.failingWith(
                        STAFFING, new NullPointerException("Cannot invoke \"Map.get(Object)\""));

        ContextGathering result = gather(List.of(crashing), NEVER, Set.of(STAFFING));

        assertThat(result.bundle().gaps())
                .singleElement()
                .satisfies(
                        gap -> {
                            assertThat(gap.kind()).isEqualTo(STAFFING);
                            assertThat(gap.reason())
                                    .isEqualTo("failed unexpectedly; the log has the details");
                        });
    }

    @Test
    void aSourceThatGivesNothingBecomesAGap() throws Exception {
        FakeContextSource empty = new FakeContextSource(DECISIONS, q -> null);

        ContextGathering result = gather(List.of(empty), NEVER, Set.of(DECISIONS));

        assertThat(result.bundle().gaps())
                .containsExactly(new ContextGap(DECISIONS, "gave no data"));
    }

    @Test
    void aSourceThatGivesAnotherKindBecomesAGap() throws Exception {
        FakeContextSource confused =
                new FakeContextSource(DECISIONS, q -> FakeContextSource.section(BUDGET));

        ContextGathering result = gather(List.of(confused), NEVER, Set.of(DECISIONS));

        assertThat(result.bundle().sections()).isEmpty();
        assertThat(result.bundle().gaps())
                .containsExactly(
                        new ContextGap(DECISIONS, "gave budget data instead of decisions"));
    }

    @Test
    void onlyTheSourcesTheMeetingTypeRequiresRun() throws Exception {
        List<FakeContextSource> sources = givingAll();

        ContextGathering result = gather(sources, NEVER, EnumSet.of(BUDGET, DECISIONS));

        assertThat(sources)
                .extracting(s -> s.kind() + "=" + s.calls())
                .containsExactly(
                        "BUDGET=1", "BIG_ROCKS=0", "INCIDENTS=0", "STAFFING=0", "DECISIONS=1");
        assertThat(result.bundle().sections())
                .extracting(ContextSection::kind)
                .containsExactly(BUDGET, DECISIONS);
        assertThat(result.figures())
                .extracting(SourceFigure::kind)
                .containsExactly(BUDGET, DECISIONS);
    }

    @Test
    void aKindListedTwiceRunsOnce() throws Exception {
        List<FakeContextSource> sources = givingAll();

        ContextGathering result = gather(sources, NEVER, List.of(DECISIONS, BUDGET, DECISIONS));

        assertThat(sources.get(DECISIONS.ordinal()).calls()).isEqualTo(1);
        assertThat(result.bundle().sections())
                .extracting(ContextSection::kind)
                .containsExactly(BUDGET, DECISIONS);
    }

    @Test
    void aRequiredKindWithoutASourceBecomesAGap() throws Exception {
        ContextGathering result =
                gather(
                        List.of(FakeContextSource.giving(BUDGET)),
                        NEVER,
                        EnumSet.of(BUDGET, STAFFING));

        assertThat(result.bundle().gaps())
                .containsExactly(new ContextGap(STAFFING, "no staffing source is set up"));
        assertThat(result.figure(STAFFING).orElseThrow())
                .isEqualTo(new SourceFigure(STAFFING, Outcome.NOT_CONFIGURED, Duration.ZERO));
    }

    @Test
    void resultsFollowTheKindOrderWhateverOrderTheSourcesFinishIn() throws Exception {
        // Decisions finishes first, then each source waits for the one after it in kind order.
        List<ContextKind> kinds = List.copyOf(ALL);
        List<CountDownLatch> finished = kinds.stream().map(k -> new CountDownLatch(1)).toList();
        List<FakeContextSource> sources = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            int index = i;
            ContextKind kind = kinds.get(i);
            sources.add(
                    new FakeContextSource(
                            kind,
                            q -> {
                                if (index + 1 < kinds.size()) {
                                    finished.get(index + 1).await();
                                }
                                finished.get(index).countDown();
                                return FakeContextSource.section(kind);
                            }));
        }

        ContextGathering result = gather(sources.reversed(), NEVER, ALL);

        assertThat(result.bundle().sections())
                .extracting(ContextSection::kind)
                .containsExactlyElementsOf(kinds);
        assertThat(result.figures())
                .extracting(SourceFigure::kind)
                .containsExactlyElementsOf(kinds);
    }

    @Test
    void gapsFollowTheKindOrder() throws Exception {
        List<FakeContextSource> sources =
                List.of(
                        FakeContextSource.failingWith(DECISIONS, new ContextSourceException("d")),
                        FakeContextSource.failingWith(BUDGET, new ContextSourceException("b")),
                        FakeContextSource.giving(INCIDENTS));

        ContextGathering result = gather(sources, NEVER, EnumSet.of(DECISIONS, BUDGET, INCIDENTS));

        assertThat(result.bundle().gaps())
                .extracting(ContextGap::kind)
                .containsExactly(BUDGET, DECISIONS);
    }

    @Test
    void everySourceAskedForHasAFigure() throws Exception {
        List<FakeContextSource> sources = new ArrayList<>(givingAll());
        sources.set(
                BIG_ROCKS.ordinal(),
                FakeContextSource.failingWith(BIG_ROCKS, new ContextSourceException("x")));

        ContextGathering result = gather(sources, NEVER, ALL);

        assertThat(result.figures())
                .extracting(SourceFigure::outcome)
                .containsExactly(
                        Outcome.PRESENT,
                        Outcome.FAILED,
                        Outcome.PRESENT,
                        Outcome.PRESENT,
                        Outcome.PRESENT);
        assertThat(result.figures()).allSatisfy(f -> assertThat(f.took().isNegative()).isFalse());
    }

    @Test
    void askingForNothingGivesAnEmptyBundle() throws Exception {
        List<FakeContextSource> sources = givingAll();

        ContextGathering result = gather(sources, NEVER, Set.of());

        assertThat(result.bundle()).isEqualTo(ContextBundle.empty());
        assertThat(sources).allSatisfy(s -> assertThat(s.calls()).isZero());
    }

    @Test
    void aGatheringInterruptedWhileWaitingStopsItsSourcesAndSaysSo() throws Exception {
        FakeContextSource hanging = FakeContextSource.hanging(BUDGET);
        ContextGatherer gatherer = new ContextGatherer(List.of(hanging), executor, NEVER);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread caller =
                Thread.ofVirtual()
                        .start(
                                () -> {
                                    try {
                                        gatherer.gather(
                                                ContextQueries.leadershipMeeting(), Set.of(BUDGET));
                                    } catch (Throwable t) {
                                        outcome.set(t);
                                    }
                                });
        assertThat(hanging.started.await(10, TimeUnit.SECONDS)).isTrue();

        caller.interrupt();
        caller.join(Duration.ofSeconds(10));

        assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
        assertThat(hanging.interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void twoSourcesForOneKindAreRefused() {
        List<FakeContextSource> sources =
                List.of(FakeContextSource.giving(BUDGET), FakeContextSource.giving(BUDGET));

        assertThatThrownBy(() -> new ContextGatherer(sources, executor))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two context sources for budget");
    }

    @Test
    void aTimeLimitOfZeroIsRefused() {
        assertThatThrownBy(() -> new ContextGatherer(List.of(), executor, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
