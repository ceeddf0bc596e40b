package com.execassistant.core.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Gathering for several meetings at once (runs that fell due together). */
class ContextGathererBatchTest {

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void everyMeetingsSourcesStartBeforeAnyIsWaitedFor() throws Exception {
        // Each fetch waits until all three meetings' fetches have begun: gathering one meeting
        // after the other would let the first run out of its time.
        CountDownLatch allStarted = new CountDownLatch(3);
        ContextSource budget =
                new ContextSource() {
                    @Override
                    public ContextKind kind() {
                        return ContextKind.BUDGET;
                    }

                    @Override
                    public ContextSection fetch(ContextQuery query) {
                        allStarted.countDown();
                        try {
                            if (!allStarted.await(5, TimeUnit.SECONDS)) {
                                throw new IllegalStateException("fetched one at a time");
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return FakeContextSource.section(ContextKind.BUDGET);
                    }
                };
        ContextGatherer gatherer =
                new ContextGatherer(List.of(budget), executor, Duration.ofSeconds(2));
        List<ContextGatherer.Request> three = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            three.add(
                    new ContextGatherer.Request(
                            ContextQueries.leadershipMeetingAt(
                                    "2026-03-0" + (i + 2) + "T15:00:00Z"),
                            List.of(ContextKind.BUDGET)));
        }

        List<ContextGathering> found = gatherer.gatherAll(three);

        assertThat(found).hasSize(3);
        assertThat(found)
                .allSatisfy(g -> assertThat(g.bundle().section(ContextKind.BUDGET)).isPresent());
    }

    @Test
    void aSourceWhoseAnswerDoesNotDependOnTheMeetingIsAskedOncePerBatch() throws Exception {
        java.util.concurrent.atomic.AtomicInteger sameFetches =
                new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger perMeetingFetches =
                new java.util.concurrent.atomic.AtomicInteger();
        ContextSource budget = counting(ContextKind.BUDGET, sameFetches, true);
        ContextSource incidents = counting(ContextKind.INCIDENTS, perMeetingFetches, false);
        ContextGatherer gatherer =
                new ContextGatherer(List.of(budget, incidents), executor, Duration.ofSeconds(2));
        List<ContextGatherer.Request> requests = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            requests.add(
                    new ContextGatherer.Request(
                            ContextQueries.leadershipMeetingAt(
                                    "2026-03-0" + (i + 2) + "T15:00:00Z"),
                            List.of(ContextKind.BUDGET, ContextKind.INCIDENTS)));
        }

        List<ContextGathering> found = gatherer.gatherAll(requests);

        assertThat(sameFetches).hasValue(1);
        assertThat(perMeetingFetches).hasValue(3);
        assertThat(found)
                .allSatisfy(
                        g -> {
                            assertThat(g.bundle().section(ContextKind.BUDGET)).isPresent();
                            assertThat(g.bundle().section(ContextKind.INCIDENTS)).isPresent();
                        });
    }

    private static ContextSource counting(
            ContextKind kind, java.util.concurrent.atomic.AtomicInteger fetches, boolean same) {
        return new ContextSource() {
            @Override
            public ContextKind kind() {
                return kind;
            }

            @Override
            public ContextSection fetch(ContextQuery query) {
                fetches.incrementAndGet();
                return FakeContextSource.section(kind);
            }

            @Override
            public Object sameAnswerKey(ContextQuery query) {
                return same ? "" : query;
            }
        };
    }

    @Test
    void aGapStaysWithItsOwnMeeting() throws Exception {
        ContextGatherer gatherer =
                new ContextGatherer(
                        List.of(FakeContextSource.giving(ContextKind.BUDGET)),
                        executor,
                        Duration.ofSeconds(2));
        ContextGatherer.Request budget =
                new ContextGatherer.Request(
                        ContextQueries.leadershipMeeting(), List.of(ContextKind.BUDGET));
        ContextGatherer.Request incidents =
                new ContextGatherer.Request(
                        ContextQueries.leadershipMeeting(), List.of(ContextKind.INCIDENTS));

        List<ContextGathering> found = gatherer.gatherAll(List.of(budget, incidents));

        assertThat(found.get(0).bundle().gaps()).isEmpty();
        assertThat(found.get(1).bundle().sections()).isEmpty();
        assertThat(found.get(1).bundle().gaps())
                .singleElement()
                .satisfies(g -> assertThat(g.kind()).isEqualTo(ContextKind.INCIDENTS));
    }
}
