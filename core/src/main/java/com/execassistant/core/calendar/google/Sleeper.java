package com.execassistant.core.calendar.google;

import java.time.Duration;

/** Waits; replaced in tests by a fake that only advances a fake clock. */
@FunctionalInterface
interface Sleeper {

    Sleeper SYSTEM = duration -> Thread.sleep(duration);

    void sleep(Duration duration) throws InterruptedException;
}
