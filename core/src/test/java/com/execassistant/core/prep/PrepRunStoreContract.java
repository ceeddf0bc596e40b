package com.execassistant.core.prep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every PrepRunStore must do; run against the in-memory fake and each real adapter. */
public abstract class PrepRunStoreContract {

    protected static final Instant T = Instant.parse("2026-03-02T14:00:00.125Z");

    /** A fresh, empty store. */
    protected abstract PrepRunStore store();

    private static PrepRun scheduled(String meetingId, int revision, Instant created) {
        return PrepRun.scheduled(
                meetingId, revision, "acct", "one_on_one", created.plusSeconds(3600), created);
    }

    /** A run with every field set, as it stands after sending its materials. */
    private static PrepRun everyFieldSet() {
        return new PrepRun(
                "meeting-1-r2",
                "meeting-1",
                2,
                "acct",
                "qbr",
                PrepStep.WAIT_UNTIL_REMINDER,
                RunStatus.RETRYING,
                T.plusSeconds(600),
                3,
                "Slack is unreachable.",
                T,
                T.plusSeconds(60),
                "{\"sections\":[],\"gaps\":[]}",
                "materials/acct/meeting-1/meeting-1-r2",
                "template",
                1234L,
                T.plusSeconds(120),
                T.plusSeconds(86400),
                T.plusSeconds(300));
    }

    @Test
    void anUnknownRunIsNotFound() {
        assertThat(store().find("meeting-1-r1")).isEmpty();
    }

    @Test
    void aRunComesBackWithEveryField() {
        PrepRunStore s = store();
        PrepRun run = everyFieldSet();
        s.save(run);

        assertThat(s.find(run.runId())).contains(run);
    }

    @Test
    void aNewRunComesBackWithItsEmptyFieldsEmpty() {
        PrepRunStore s = store();
        PrepRun run = scheduled("meeting-1", 1, T);
        s.save(run);

        assertThat(s.find(run.runId())).contains(run);
    }

    @Test
    void theGenerationTimeIsKeptWithoutAWriterName() {
        PrepRunStore s = store();
        PrepRun run = scheduled("meeting-1", 1, T).withMaterials(null, null, 1500);
        s.save(run);

        assertThat(s.find(run.runId()).orElseThrow().materialsMillis()).isEqualTo(1500L);
    }

    @Test
    void aWriterNameIsKeptWithoutAGenerationTime() {
        PrepRunStore s = store();
        PrepRun base = everyFieldSet();
        PrepRun run =
                new PrepRun(
                        base.runId(),
                        base.meetingId(),
                        base.revision(),
                        base.accountId(),
                        base.meetingType(),
                        base.step(),
                        base.status(),
                        base.wakeAt(),
                        base.attempts(),
                        base.lastError(),
                        base.createdAt(),
                        base.dueAt(),
                        base.contextJson(),
                        base.materialsLocation(),
                        "template",
                        null,
                        base.notifiedAt(),
                        base.chatDeadline(),
                        base.updatedAt());
        s.save(run);

        assertThat(s.find(run.runId())).contains(run);
    }

    @Test
    void savingAgainReplacesTheRun() {
        PrepRunStore s = store();
        PrepRun run = scheduled("meeting-1", 1, T);
        s.save(run);
        PrepRun later = run.advance(T.plusSeconds(3600));
        s.save(later);

        assertThat(s.find(run.runId())).contains(later);
        assertThat(s.forMeeting("meeting-1")).containsExactly(later);
    }

    @Test
    void aMeetingsRunsComeNewestRevisionFirst() {
        PrepRunStore s = store();
        PrepRun r1 = scheduled("meeting-1", 1, T);
        PrepRun r3 = scheduled("meeting-1", 3, T.plusSeconds(2));
        PrepRun r2 = scheduled("meeting-1", 2, T.plusSeconds(1));
        s.save(r1);
        s.save(r3);
        s.save(r2);
        s.save(scheduled("meeting-2", 4, T));

        assertThat(s.forMeeting("meeting-1")).containsExactly(r3, r2, r1);
        assertThat(s.forMeeting("meeting-9")).isEmpty();
    }

    @Test
    void unfinishedRunsComeOldestFirstAndLeaveFinishedOnesOut() {
        PrepRunStore s = store();
        PrepRun scheduled = scheduled("m-scheduled", 1, T.plusSeconds(30));
        PrepRun active = scheduled("m-active", 1, T.plusSeconds(10)).advance(T.plusSeconds(40));
        PrepRun retrying =
                scheduled("m-retrying", 1, T.plusSeconds(20))
                        .failed("Slack is unreachable.", T.plusSeconds(90), T.plusSeconds(50));
        s.save(scheduled);
        s.save(active);
        s.save(retrying);
        for (RunStatus done :
                new RunStatus[] {
                    RunStatus.COMPLETED, RunStatus.FAILED, RunStatus.CANCELLED, RunStatus.SKIPPED
                }) {
            s.save(
                    scheduled("m-" + done.name(), 1, T)
                            .at(PrepStep.DONE, done, null, T.plusSeconds(5)));
        }

        assertThat(s.unfinished()).containsExactly(active, retrying, scheduled);
    }

    @Test
    void recentRunsComeNewestFirstUpToTheLimit() {
        PrepRunStore s = store();
        PrepRun oldest = scheduled("meeting-1", 1, T);
        PrepRun middle = scheduled("meeting-2", 1, T.plusSeconds(60));
        PrepRun newest = scheduled("meeting-3", 1, T.plusSeconds(120));
        s.save(middle);
        s.save(newest);
        s.save(oldest);

        assertThat(s.recent(2)).containsExactly(newest, middle);
        assertThat(s.recent(10)).containsExactly(newest, middle, oldest);
    }
}
