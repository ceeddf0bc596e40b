package com.execassistant.desktop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.config.ConfigLoader;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The prep benchmark on a small scale, for correctness only: every meeting's run gets to the end,
 * each notification is recorded once and reaches Slack once, and every run is measured. How fast it
 * goes is the benchmark's business, never this test's.
 */
class PrepBenchTest {

    private static final int MEETINGS = 50;

    @Test
    void everyMeetingDueAtOnceIsPreppedWithNothingLostOrSentTwice() throws Exception {
        PrepBench.Options options =
                PrepBench.Options.of(MEETINGS, Path.of("..", "config", "sample-context"))
                        // room for a slow, shared build machine to store the meetings first
                        .withLead(Duration.ofSeconds(8));

        PrepBench.Result r = PrepBench.run(ConfigLoader.builtIn().load(), options);

        PrepAudit audit = r.audit();
        assertThat(audit.problems()).isEmpty();
        assertThat(audit.meetings()).isEqualTo(MEETINGS);
        assertThat(audit.runs()).isEqualTo(MEETINGS);
        assertThat(audit.completed()).isEqualTo(MEETINGS);
        assertThat(audit.lost()).isZero();
        assertThat(audit.duplicated()).isZero();
        assertThat(audit.failedAttempts()).isZero();
        assertThat(audit.clean()).isTrue();
        assertThat(r.eventToNotification().count()).isEqualTo(MEETINGS);
        assertThat(r.materials().count()).isEqualTo(MEETINGS);
        assertThat(r.completionExcludingChat().count()).isEqualTo(MEETINGS);
    }
}
