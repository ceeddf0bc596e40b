package com.execassistant.core.prep;

import static com.execassistant.core.prep.PrepFixture.MONDAY_9AM;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.context.ContextGatherer;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.notify.NotificationRecord;
import com.execassistant.core.notify.Purpose;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs that fell due together, executed as one batch: each as it would go alone. */
class PrepWorkflowBatchTest {

    private final PrepFixture fx = new PrepFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    private List<PrepRun> dueNow(int n) {
        List<PrepRun> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            MeetingRecord m =
                    fx.meeting("meeting-" + i, MONDAY_9AM.plus(Duration.ofHours(20 + i)), 1);
            runs.add(fx.newRun(m));
        }
        return runs;
    }

    /** Executes the batch's steps, storing each result, until every run waits or ends. */
    private List<PrepRun> untilWaiting(PrepWorkflow workflow, List<PrepRun> batch) {
        for (int round = 0; round < 20; round++) {
            List<PrepRun> next = workflow.executeAll(batch);
            next.forEach(fx.runs::save);
            batch = next;
            if (next.stream()
                    .allMatch(r -> r.wakeAt() == null || r.wakeAt().isAfter(fx.clock.instant()))) {
                break;
            }
        }
        return batch;
    }

    @Test
    void runsDueTogetherAreEachNotifiedOnceAndWaitForTheirOwnAnswers() {
        List<PrepRun> waiting = untilWaiting(fx.workflow, dueNow(3));

        assertThat(waiting)
                .allSatisfy(
                        r -> {
                            assertThat(r.step()).isEqualTo(PrepStep.WAIT_FOR_CHAT_COMPLETION);
                            assertThat(r.notifiedAt()).isEqualTo(fx.clock.instant());
                            assertThat(r.contextJson()).contains("BUDGET");
                            assertThat(fx.session(r).questions()).isEqualTo(PrepFixture.QUESTIONS);
                            assertThat(sent(r, Purpose.PREP_START)).isEqualTo(1);
                        });
        assertThat(fx.slack.sent(Purpose.PREP_START))
                .extracting(n -> n.runId())
                .containsExactlyInAnyOrderElementsOf(waiting.stream().map(PrepRun::runId).toList());
    }

    @Test
    void aRunWhoseMeetingIsGoneFailsAloneAndTheOthersGoOn() {
        List<PrepRun> batch = dueNow(3);
        batch = fx.workflow.executeAll(batch); // at LoadMeeting
        batch = fx.workflow.executeAll(batch); // at GatherContext
        batch = fx.workflow.executeAll(batch); // at SendPrepNotification
        fx.meetings.remove("meeting-1");

        List<PrepRun> after = fx.workflow.executeAll(batch);

        assertThat(after.get(1).status()).isEqualTo(RunStatus.RETRYING);
        assertThat(after.get(1).lastError()).contains("no longer in your calendar");
        assertThat(List.of(after.get(0), after.get(2)))
                .allSatisfy(r -> assertThat(r.step()).isEqualTo(PrepStep.WAIT_FOR_CHAT_COMPLETION));
        assertThat(fx.slack.sent(Purpose.PREP_START)).hasSize(2);
    }

    @Test
    void aChannelThatFailsLeavesTheSendingRunsToRetryWithItsReason() {
        List<PrepRun> batch = dueNow(2);
        for (int i = 0; i < 3; i++) {
            batch = fx.workflow.executeAll(batch);
        }
        fx.slack.failing("Slack said: ratelimited");

        List<PrepRun> after = fx.workflow.executeAll(batch);

        assertThat(after)
                .allSatisfy(
                        r -> {
                            assertThat(r.step()).isEqualTo(PrepStep.SEND_PREP_NOTIFICATION);
                            assertThat(r.status()).isEqualTo(RunStatus.RETRYING);
                            assertThat(r.lastError()).contains("ratelimited");
                            assertThat(r.wakeAt()).isAfter(fx.clock.instant());
                        });
    }

    @Test
    void aBatchReadsEachMeetingOnce() {
        AtomicInteger reads = new AtomicInteger();
        MeetingLookup counting =
                id -> {
                    reads.incrementAndGet();
                    return fx.meetings.find(id);
                };
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            assertReadsOnce(counting, reads, executor);
        }
    }

    private void assertReadsOnce(
            MeetingLookup counting,
            AtomicInteger reads,
            java.util.concurrent.ExecutorService executor) {
        PrepWorkflow workflow =
                new PrepWorkflow(
                        new PrepPorts(
                                counting,
                                new ContextGatherer(List.of(fx.budget), executor),
                                fx.notifications,
                                fx.chat,
                                fx.writer,
                                fx.materials),
                        PrepFixture.TYPES,
                        fx.settings,
                        fx.clock);
        List<PrepRun> batch = dueNow(4);
        for (int i = 0; i < 3; i++) {
            batch = workflow.executeAll(batch);
        }
        reads.set(0);

        workflow.executeAll(batch); // the prep notification reads the meeting several times

        assertThat(reads.get()).isEqualTo(4);
    }

    private int sent(PrepRun r, Purpose purpose) {
        return (int)
                fx.log.forRun(r.runId()).stream()
                        .filter(x -> x.purpose() == purpose)
                        .filter(x -> x.outcome() == NotificationRecord.Outcome.SENT)
                        .count();
    }
}
