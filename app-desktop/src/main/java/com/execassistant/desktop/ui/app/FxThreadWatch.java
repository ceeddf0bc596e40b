package com.execassistant.desktop.ui.app;

import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;

/**
 * Measures how long the FX thread is busy: the duration of each task the app posts to it, and the
 * longest gap between two animation pulses (a pulse that comes late means something held the
 * thread, whoever posted it). Figures only; no test passes or fails on a single timing.
 */
public final class FxThreadWatch {

    /** A pulse is due every ~16 ms; anything beyond that was time the thread spent elsewhere. */
    private static final long FRAME_NANOS = 16_700_000L;

    private final AtomicLong maxTaskNanos = new AtomicLong();
    private final AtomicLong maxPulseGapNanos = new AtomicLong();
    private AnimationTimer timer;

    /** Wraps {@code task} so its run time is recorded. */
    public Runnable timed(Runnable task) {
        return () -> {
            long t0 = System.nanoTime();
            try {
                task.run();
            } finally {
                maxTaskNanos.accumulateAndGet(System.nanoTime() - t0, Math::max);
            }
        };
    }

    /** Starts watching pulses; call on the FX thread. */
    public void startPulses() {
        timer =
                new AnimationTimer() {
                    private long last;

                    @Override
                    public void handle(long now) {
                        if (last != 0) {
                            maxPulseGapNanos.accumulateAndGet(
                                    Math.max(0, now - last - FRAME_NANOS), Math::max);
                        }
                        last = now;
                    }
                };
        timer.start();
    }

    public void stopPulses() {
        if (timer != null) {
            timer.stop();
        }
    }

    /** Clears the figures, e.g. after the app has started and its first layout is done. */
    public void reset() {
        maxTaskNanos.set(0);
        maxPulseGapNanos.set(0);
    }

    public long maxTaskMillis() {
        return maxTaskNanos.get() / 1_000_000;
    }

    public long maxPulseGapMillis() {
        return maxPulseGapNanos.get() / 1_000_000;
    }
}
