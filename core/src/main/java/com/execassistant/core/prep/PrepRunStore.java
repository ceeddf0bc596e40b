package com.execassistant.core.prep;

import java.util.List;
import java.util.Optional;

/** Where prep runs are kept; {@link #save} is durable before it returns. */
public interface PrepRunStore {

    Optional<PrepRun> find(String runId);

    void save(PrepRun run);

    /** Runs of one meeting, every revision, newest first. */
    List<PrepRun> forMeeting(String meetingId);

    /** Every run not finished, oldest first. */
    List<PrepRun> unfinished();

    /** The most recent runs, newest first. */
    List<PrepRun> recent(int limit);
}
