package com.execassistant.desktop.prep;

import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepRunStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine's run store, dying at its n-th save: the step has done its work (sent, written,
 * generated) but the run's new state is never stored - the worst moment for a crash.
 */
final class CrashingRunStore implements PrepRunStore {

    private final PrepRunStore real;
    private final int crashAt;
    private final AtomicInteger saves = new AtomicInteger();
    final AtomicBoolean crashed = new AtomicBoolean();

    CrashingRunStore(PrepRunStore real, int crashAt) {
        this.real = real;
        this.crashAt = crashAt;
    }

    @Override
    public void save(PrepRun run) {
        if (crashed.get() || saves.incrementAndGet() == crashAt) {
            crashed.set(true);
            throw new IllegalStateException("simulated crash before saving " + run.step());
        }
        real.save(run);
    }

    @Override
    public Optional<PrepRun> find(String runId) {
        return real.find(runId);
    }

    @Override
    public List<PrepRun> forMeeting(String meetingId) {
        return real.forMeeting(meetingId);
    }

    @Override
    public List<PrepRun> unfinished() {
        return real.unfinished();
    }

    @Override
    public List<PrepRun> recent(int limit) {
        return real.recent(limit);
    }
}
